/**
 * Business acknowledgments: after business validation, {@link org.borderedi.gateway.acks.BusinessAcknowledgments}
 * answers each received interchange or document in the filer's own standard, accepting or rejecting each message and
 * naming every error with its rule code, bill, position and bad value. Pure functions: no Camel, no database; control
 * numbers come from the partner's outbound series, shared with the syntax acknowledgments.
 *
 * <p>Which messages are answered: X12 and EDIFACT answer only messages the syntax layer did not reject (those have
 * their 997/CONTRL); Cargo-IMP, Cargo-XML and the gateway's XML have no syntax acknowledgment, so every message is
 * answered, a syntax-rejected one with its syntax findings as errors. A message that could not be translated is
 * rejected with code {@code NOT_TRANSLATED}. Only errors are reported. A message is accepted when nothing in it is in
 * error; each bill is reported accepted unless an error names it.
 *
 * <table>
 * <caption>What each syntax gets</caption>
 * <tr><th>received</th><th>answer</th><th>control number series</th></tr>
 * <tr><td>X12 309/358</td><td>one interchange (ISA/GS turned around like the 997): a 355 per set (group SO), or one
 *     824 (group AG) when the partner's registry entry says {@code acknowledgments: business: "824"}</td>
 *     <td>x12-interchange, x12-group</td></tr>
 * <tr><td>EDIFACT CUSCAR</td><td>one interchange (UNB turned around like the CONTRL) with a CUSRES per CUSCAR</td>
 *     <td>edifact-interchange</td></tr>
 * <tr><td>Cargo-IMP FWB/FHL/FFM</td><td>a CAMIR-style PER text per message</td><td>cargo-imp-per</td></tr>
 * <tr><td>Cargo-XML XFWB/XFZB/XFFM</td><td>an XFNM per document</td><td>cargo-xml-response</td></tr>
 * <tr><td>gateway XML</td><td>one filingResponse ({@code mappings/canonical/filing-response.xsd})</td>
 *     <td>gateway-response</td></tr>
 * </table>
 *
 * <table>
 * <caption>X12 355 (004010 U.S. Customs Acceptance/Rejection), one per answered set</caption>
 * <tr><th>segment</th><th>content</th></tr>
 * <tr><td>ST</td><td>355, 0001...</td></tr>
 * <tr><td>M10</td><td>the set's own M10 elements the filing kept (01 SCAC, 03 flag, 04 vessel, 05 name, 06 voyage,
 *     09 manifest type), 02 from the mode; ZZZZ and O when the set was not translated</td></tr>
 * <tr><td>K1 (header, max 10)</td><td>ACCEPTED or REJECTED, "309 SET 0001"; then the errors about the manifest</td></tr>
 * <tr><td>P4</td><td>port of first arrival and its date (0000 and today when unknown): the mandatory P4 loop</td></tr>
 * <tr><td>LX, N9, K1 (per bill)</td><td>LX line number; N9 BM (ZZ for other numbers) with the bill number; K1
 *     ACCEPTED or REJECTED; per error two K1: rule code with source and bad value ("VID@12/02 DMFU1234568"), then
 *     the sentence in K101/K102 (AN 1-30 each); past nine K1, "MORE ERRORS n NOT LISTED". N9 is used rather than M11
 *     because M11's mandatory quantities may be exactly what was missing.</td></tr>
 * <tr><td>SE</td><td>segment count</td></tr>
 * </table>
 *
 * <table>
 * <caption>X12 824 (004010 Application Advice), one for the interchange</caption>
 * <tr><th>segment</th><th>content</th></tr>
 * <tr><td>BGN</td><td>00 original, the ack's interchange control number, date, time</td></tr>
 * <tr><td>OTI (per set)</td><td>01 TA accepted / TR rejected, 02 TN, 03 the set control number, 08 GS06,
 *     09 ST02, 10 ST01</td></tr>
 * <tr><td>REF (max 12)</td><td>BM and each bill in error (every bill when accepted)</td></tr>
 * <tr><td>TED (per error)</td><td>01 007 missing data / 848 incorrect data / ZZZ (not about a field), 02 the rule
 *     code, 03 segment id, 04 segment position, 05 element position (its composite's for a component), 07 bad
 *     value</td></tr>
 * <tr><td>NTE</td><td>02 the sentence (80 characters)</td></tr>
 * </table>
 *
 * <table>
 * <caption>CUSRES (the answered CUSCAR's directory, D:95B, D:96A or D:03B), one per answered CUSCAR</caption>
 * <tr><th>segment</th><th>content</th></tr>
 * <tr><td>BGM</td><td>962 customs response, "reference-n", 29 accepted without amendment / 27 not accepted</td></tr>
 * <tr><td>DTM</td><td>137 message date, CCYYMMDDHHMM (203)</td></tr>
 * <tr><td>GIS</td><td>processing indicator 7365: 1 accepted, 3 rejected</td></tr>
 * <tr><td>ERP, ERC, FTX (per error, max 50)</td><td>ERP with the segment tag and its position in the CUSCAR; ERC MIS
 *     missing / INV invalid / OTH other (agency ZZZ); FTX AAO: rule code, the sentence in up to three 70-character
 *     pieces, "VALUE" and the bad value. D:95B and D:96A list ERP and ERC in segment group 1; the FTX after them
 *     follows the later directories' error group, as the brief for CBSA-style answers asks.</td></tr>
 * <tr><td>RFF</td><td>ACW with the CUSCAR's message reference; BM with each bill in error (every bill when
 *     accepted)</td></tr>
 * </table>
 * Values are released with the interchange's release character; characters the syntax level lacks are upper-cased
 * or replaced by a space (and separators too, when there is no release character).
 *
 * <p><b>PER</b> (CAMIR style, one per Cargo-IMP message): upper-case ASCII, CRLF, lines of at most 69 characters;
 * a line starting with {@code /} continues the line before it.
 * <pre>
 * PER/1/&lt;our ref&gt;/&lt;type&gt;/&lt;version&gt;/&lt;message ref&gt;/&lt;ddMMMhhmm&gt;/&lt;ACC|REJ&gt;
 * /ERR/&lt;CODE&gt;/&lt;text&gt;                   errors about the whole message
 * &lt;awb&gt; ACC                                a master or simple bill without error
 * &lt;awb&gt;-&lt;hawb&gt; REJ                         a house with errors, then one per error:
 * /ERR/&lt;CODE&gt;/&lt;text&gt;
 * /&lt;more text&gt;                            a sentence too long for its line, broken at spaces
 * </pre>
 * Codes are the rule codes (MISSING_CNE_ADDR...), or the syntax finding codes. Bill numbers keep letters, digits and
 * dashes (anything else becomes a dot); texts keep letters, digits, spaces and {@code . , - ( )}.
 *
 * <p><b>XFNM</b> (Cargo-XML response, 3.00 style), namespace {@code iata:response:1} (prefix rsm), data model
 * {@code iata:datamodel:3} (prefix ram): {@code rsm:Response} with MessageHeaderDocument (ID the XFNM id, Name
 * Response, IssueDateTime, PurposeCode Acceptance/Rejection, VersionID 3.00, RecipientParty the filer's sender id),
 * BusinessHeaderDocument (ID the answered document's id, Reference type and version, an IncludedHeaderNote per bill)
 * and a ResponseStatus (ConditionCode Success/Error, ReasonCode ACCEPTED/REJECTED), then one ResponseStatus per
 * error: ConditionCode Error, ReasonCode the rule code, Reason the sentence, BillReference, Pointer (source or
 * field), Information (the bad value). Written with StAX, which escapes every value.
 */
package org.borderedi.gateway.acks;
