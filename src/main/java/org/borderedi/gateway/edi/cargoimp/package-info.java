/**
 * IATA Cargo-IMP for the syntax layer: {@link org.borderedi.gateway.edi.cargoimp.CargoImpReader} reads FWB/16-17,
 * FHL/4-5 and FFM/7-8 files line by line and hands each message's lines to translation as
 * {@link org.borderedi.gateway.edi.Segment}s; {@link org.borderedi.gateway.edi.cargoimp.CargoImpValidator} plugs it into
 * {@link org.borderedi.gateway.edi.SyntaxCheck}.
 *
 * <h2>How a file is read</h2>
 * A message starts at a line {@code XXX/n} ({@code FWB/17}); inside a message only a Cargo-IMP message type starts the
 * next one. Type B header lines ({@code QK YYZFMXH}, {@code .LHRFMXH 221200}) and blank lines are skipped; text before
 * the first message is reported as unreadable. Line ends are LF or CR LF; trailing spaces are dropped. A line starting
 * with '/' continues the line before it. Each logical line (a line with its continuation lines; a party with its NAM,
 * ADR and LOC lines) becomes one segment, except the repeating sub-lines of RTD, OCI, ACC, OTH and DIM, which become one
 * segment per physical line. A segment's position is the line number in the file of its first physical line.
 *
 * <h2>Segment layouts</h2>
 * Elements are numbered from 1 ({@code Segment.element(1)}); "[a, b]" is one element with components a and b. A layout
 * marked <i>fixed</i> always has that many elements, empty ones as empty lists. Weights keep their code (K or L) as an
 * element of its own next to the amount. The layouts are the same in every version of a message type the gateway reads
 * (the grammar tables allow a per-version row where a version differs).
 *
 * <table>
 * <caption>Every message</caption>
 * <tr><th>tag</th><th>line</th><th>elements</th></tr>
 * <tr><td>MSG</td><td>{@code FWB/17}</td><td>1 message type, 2 version</td></tr>
 * <tr><td>(any unknown identifier)</td><td>{@code XYZ/A/B}</td><td>every '/' field one element, continuation lines'
 * fields appended (a warning)</td></tr>
 * <tr><td>UNKNOWN</td><td>a line with no identifier, or a continuation of nothing</td><td>every '/' field (an
 * error)</td></tr>
 * </table>
 *
 * <table>
 * <caption>FWB/16, FWB/17 (air waybill)</caption>
 * <tr><th>tag</th><th>example</th><th>elements</th></tr>
 * <tr><td>AWB (synthetic: the waybill line)</td><td>{@code 555-64264793SVOREN/T114K2380DG6}</td><td>fixed 11: 1 airline
 * prefix, 2 serial, 3 origin, 4 destination, 5 shipment description code, 6 pieces, 7 weight code K/L, 8 weight, 9 volume
 * code (MC, CC, CF, CI), 10 volume, 11 density group (after DG)</td></tr>
 * <tr><td>FLT</td><td>{@code FLT/SU1244/01/SU1008/01}</td><td>one element per flight: [carrier, flight number,
 * day]</td></tr>
 * <tr><td>RTG</td><td>{@code RTG/SVORU/AMSRU}</td><td>one element per leg: [airport or city, carrier]</td></tr>
 * <tr><td>SHP, CNE, NFY</td><td>{@code SHP/1234}, {@code NAM/..}, {@code ADR/..}, {@code LOC/place/state},
 * {@code /US/52601/TE/4653425}</td><td>fixed 9: 1 account number, 2 name (one component per NAM line and its
 * continuations), 3 street address (one component per line), 4 place, 5 state or province, 6 ISO country, 7 postcode,
 * 8 contact identifiers (TE, FX, ...; one component per contact), 9 contact numbers (components matching 8). Bare
 * continuation lines without NAM/ADR/LOC are read in the order name, street, place/state, country.</td></tr>
 * <tr><td>AGT</td><td>{@code AGT/account/0830041/0101}, {@code /NAME}, {@code /PLACE}</td><td>fixed 6: 1 account number,
 * 2 IATA cargo agent numeric code, 3 CASS address, 4 participant identifier, 5 name, 6 place</td></tr>
 * <tr><td>SSR, OSI</td><td>{@code SSR/text}, {@code /more}</td><td>fixed 1: 1 text, one component per line</td></tr>
 * <tr><td>ACC (per line)</td><td>{@code ACC/GEN/text}, {@code /GEN/text}</td><td>fixed 2: 1 accounting information
 * identifier, 2 accounting information</td></tr>
 * <tr><td>CVD</td><td>{@code CVD/USD//PP/NVD/NCV/XXX}</td><td>fixed 6: 1 currency, 2 charge code, 3 [prepaid/collect
 * weight and valuation, other charges], 4 declared value for carriage, 5 for customs, 6 insurance</td></tr>
 * <tr><td>RTD (per line, rate data)</td><td>{@code RTD/1/P1/K913.0/CQ/W913/R1.36/T1241.68}</td><td>fixed 10: 1 rate line
 * number, 2 pieces, 3 weight code, 4 gross weight, 5 rate class code (after C), 6 commodity item number (after S),
 * 7 chargeable weight, 8 rate or charge, 9 total, 10 rate combination point (P and letters)</td></tr>
 * <tr><td>RTDG (synthetic: RTD goods data line)</td><td>{@code /NG/ABRASIVE PASTE}, {@code /2/NC/..},
 * {@code /10/ND//CMT606-244-273/1}</td><td>1 line number, 2 goods data identifier, then NG, NC: 3 description; ND:
 * 3 weight code, 4 weight, 5 [unit, length, width, height] or [NDA], 6 pieces; NV: 3 volume code, 4 volume; NU, NS, NH,
 * NO: 3 the value (ULD, SLAC, harmonised code, country of origin), further fields appended</td></tr>
 * <tr><td>OTH (per line)</td><td>{@code OTH/P/MYC1600.50SCC70.00}</td><td>1 P or C, then one element per charge [other
 * charge code, entitlement A/C, amount]</td></tr>
 * <tr><td>PPD, COL</td><td>{@code PPD/WT1241.68}, {@code /CT1241.68}</td><td>fixed 6: 1 weight charge (WT), 2 valuation
 * charge (VC), 3 taxes (TX), 4 other charges due agent (OA), 5 due carrier (OC), 6 total (CT)</td></tr>
 * <tr><td>CER</td><td>{@code CER/SIGNATURE}</td><td>fixed 1: 1 signature</td></tr>
 * <tr><td>ISU</td><td>{@code ISU/01OCT06/PLACE/SIGNATURE}</td><td>fixed 3: 1 [day, month, year], 2 place, 3
 * signature</td></tr>
 * <tr><td>CDC</td><td>{@code CDC/RUB60/1047460.2/0/1047460.2}</td><td>fixed 4: 1 [currency, conversion rate], 2 collect
 * charges in destination currency, 3 charges at destination, 4 total collect charges</td></tr>
 * <tr><td>REF</td><td>{@code REF/FRAFMLH/FILEREF/AGT/CODE/FRA}</td><td>fixed 5: 1 [airport, office function, company] of
 * the office message address, 2 file reference, 3 participant identifier, 4 participant code, 5 airport or city</td></tr>
 * <tr><td>COR</td><td>{@code COR/T1}</td><td>fixed 1: customs origin code</td></tr>
 * <tr><td>COI</td><td>{@code COI///14.40}</td><td>fixed 3: 1 no-commission indicator, 2 commission amount, 3 commission
 * percentage</td></tr>
 * <tr><td>SII</td><td>{@code SII/13076800/XX}</td><td>fixed 2: 1 sales incentive amount, 2 indicator</td></tr>
 * <tr><td>ARD</td><td>{@code ARD/REF}</td><td>fixed 1: agent's file reference</td></tr>
 * <tr><td>SPH</td><td>{@code SPH/DGR/ELI}</td><td>fixed 1: special handling codes, one component each</td></tr>
 * <tr><td>NOM</td><td>{@code NOM/NAME/PLACE}</td><td>fixed 2: 1 nominated handling party name, 2 place</td></tr>
 * <tr><td>SRI</td><td>{@code SRI/REF/INFO1/INFO2}</td><td>fixed 3: 1 reference number, 2 and 3 supplementary
 * information</td></tr>
 * <tr><td>OPI</td><td>{@code OPI/NAME}, {@code /BHXFRBA/FILEREF}</td><td>fixed 6: 1 name, 2-6 as REF's 1-5 from the
 * continuation line</td></tr>
 * <tr><td>OCI (per line)</td><td>{@code OCI/US/AGT/A/12345678}, {@code ///ED/0213}</td><td>fixed 4: 1 ISO country,
 * 2 information identifier, 3 customs information identifier, 4 supplementary customs information</td></tr>
 * </table>
 *
 * <table>
 * <caption>FHL/4, FHL/5 (house waybills of a master)</caption>
 * <tr><th>tag</th><th>example</th><th>elements</th></tr>
 * <tr><td>MBI</td><td>{@code MBI/618-12345675SINJFK/T7K1000}</td><td>fixed 11: as AWB</td></tr>
 * <tr><td>HBS</td><td>{@code HBS/AEI12345678/SINJFK/1/K400/4/COMPUTER PARTS}, {@code /VAL}</td><td>fixed 9: 1 house
 * waybill number, 2 origin, 3 destination, 4 pieces, 5 weight code, 6 weight, 7 SLAC, 8 manifest description, 9 special
 * handling codes (components, from the continuation lines)</td></tr>
 * <tr><td>TXT</td><td>{@code TXT/free text}</td><td>as SSR</td></tr>
 * <tr><td>HTS</td><td>{@code HTS/847330}</td><td>fixed 1: harmonised codes, one component each</td></tr>
 * <tr><td>OCI, SHP, CNE, CVD</td><td></td><td>as in FWB (CVD without a charge code leaves element 2 empty)</td></tr>
 * </table>
 * The house lines (TXT, HTS, OCI, SHP, CNE, CVD) follow their HBS segment, in file order, up to the next HBS.
 *
 * <table>
 * <caption>FFM/7, FFM/8 (flight manifest)</caption>
 * <tr><th>tag</th><th>example</th><th>elements</th></tr>
 * <tr><td>FFMFLT (synthetic: the flight line)</td><td>{@code 1/SU1145/01JAN/AAQ/VPBLN/RU/01JAN/SVO}</td><td>fixed 8:
 * 1 manifest part number, 2 [carrier, flight number], 3 [day, month, time], 4 airport of departure, 5 aircraft
 * registration, 6 ISO country of first arrival, 7 first arrival [day, month, time], 8 airport of first arrival</td></tr>
 * <tr><td>POU (synthetic: point of unloading)</td><td>{@code YYZ}, {@code LHR/NIL}</td><td>fixed 4: 1 airport, 2 NIL,
 * 3 scheduled arrival [day, month, time], 4 scheduled departure [day, month, time]</td></tr>
 * <tr><td>ULD</td><td>{@code ULD/DVA1234AC-M/REMARKS}</td><td>fixed 3: 1 [ULD type, serial, owner] (as written when it
 * is no ULD number), 2 what follows '-', 3 remarks</td></tr>
 * <tr><td>CSG (synthetic: a consignment line)</td><td>{@code 014-27257053BHXYWG/D4K400MC1.6T12/AERO PARTS},
 * {@code /HEA/MAG}</td><td>fixed 14: 1-11 as AWB, 12 total pieces of the consignment (after T, for part shipments),
 * 13 manifest description of goods, 14 special handling codes (components, from the continuation lines)</td></tr>
 * <tr><td>DIM (per line)</td><td>{@code DIM/K120/CMT100-80-60/2}</td><td>fixed 4: 1 weight code, 2 weight, 3 [unit,
 * length, width, height], 4 pieces</td></tr>
 * <tr><td>OSI, SSR, OCI</td><td></td><td>as in FWB</td></tr>
 * <tr><td>END (synthetic)</td><td>{@code LAST}, {@code CONT}</td><td>fixed 1: LAST or CONT</td></tr>
 * </table>
 * A consignment's DIM, OSI, SSR and OCI lines follow its CSG segment; a ULD segment comes before the consignments
 * loaded in it, and a POU segment before everything unloaded there.
 *
 * <h2>Findings</h2>
 * Positions carry the message reference (master waybill, or flight as {@code SU1145/01JAN}), the line number as the
 * segment, the tag, and the '/' field of the physical line as the element (0 for the identifier or the whole line).
 * Errors: an unknown message type or version, a line that does not fit its layout, a line without identifier, a
 * character outside upper-case ASCII (with line and column). Warnings: an unknown line identifier, a line longer than
 * 69 characters, a waybill serial failing its modulo 7 check digit. Business rules (pre-load 7+1) are not checked here.
 */
package org.borderedi.gateway.edi.cargoimp;
