/**
 * Status notices: when targeting or an agency decides about a consignment, {@link
 * org.borderedi.gateway.notices.StatusNotices} tells the filer in the format it filed in: hold, release, examination,
 * do not load, requests for information or screening, assessment complete, arrival. Pure functions: no Camel, no
 * database; the caller (the notice route) gives the decision, the state of its hold (from the status log), and the
 * filing and consignment as journaled. Control numbers come from the partner's outbound series: X12 and EDIFACT share
 * the acknowledgments' interchange and group series, the others have their own.
 *
 * <table>
 * <caption>What each filer gets</caption>
 * <tr><th>filed in</th><th>notice</th><th>control number series</th></tr>
 * <tr><td>X12</td><td>an X12 350 in the acks' turned-around interchange (group SO)</td>
 *     <td>x12-interchange, x12-group</td></tr>
 * <tr><td>EDIFACT</td><td>a CUSRES in the filed CUSCAR's directory, UNB turned around</td><td>edifact-interchange</td></tr>
 * <tr><td>CARGO-IMP</td><td>CAMIR-style PSN text</td><td>cargo-imp-psn</td></tr>
 * <tr><td>CARGO-XML</td><td>an XCSN (3.00 style)</td><td>cargo-xml-xcsn</td></tr>
 * <tr><td>GATEWAY-XML, or any format from an agency back end on JMS queues</td><td>a canonical
 *     {@code <statusNotice>} ({@code mappings/canonical/status-notice.xsd})</td><td>status-notice</td></tr>
 * </table>
 *
 * <table>
 * <caption>The code table ({@code NoticeCodes}): decision, by hold state, per format; "-" is no notice</caption>
 * <tr><th>decision</th><th>X12 350 X4-07</th><th>CUSRES 7365</th><th>CAMIR PSN</th><th>XCSN</th></tr>
 * <tr><td>ASSESSMENT_COMPLETE</td><td>-</td><td>1 accepted</td><td>SF complete</td><td>CO</td></tr>
 * <tr><td>RELEASE</td><td>1C released</td><td>4 released</td><td>-</td><td>-</td></tr>
 * <tr><td>HOLD_PLACED (resolved)</td><td>1H hold placed at port of discharge (1I)</td><td>7 detained (1)</td><td>-</td>
 *     <td>-</td></tr>
 * <tr><td>HOLD_REMOVED</td><td>1I hold removed</td><td>1 accepted</td><td>-</td><td>-</td></tr>
 * <tr><td>DO_NOT_LOAD (in place / resolved)</td><td>6H no-load hold (6H / 6I)</td><td>7 detained (7 / 1)</td>
 *     <td>6H (6J / 6I)</td><td>CD (CD / CO)</td></tr>
 * <tr><td>DO_NOT_LOAD_REMOVED</td><td>6I</td><td>1</td><td>6I</td><td>CO</td></tr>
 * <tr><td>REQUEST_FOR_INFORMATION (in place / resolved)</td><td>-</td><td>7 (7 / 1)</td><td>7H (7J / 7I)</td>
 *     <td>RI (RI / CO)</td></tr>
 * <tr><td>REQUEST_FOR_INFORMATION_REMOVED</td><td>-</td><td>1</td><td>7I</td><td>CO</td></tr>
 * <tr><td>REQUEST_FOR_SCREENING (in place / resolved)</td><td>-</td><td>5 for examination (5 / 1)</td>
 *     <td>8H (8J / 8I)</td><td>RS (RS / CO)</td></tr>
 * <tr><td>REQUEST_FOR_SCREENING_REMOVED</td><td>-</td><td>1</td><td>8I</td><td>CO</td></tr>
 * <tr><td>EXAMINATION_REQUIRED (resolved)</td><td>1A intensive exam required (1B)</td><td>5 for examination (4)</td>
 *     <td>-</td><td>-</td></tr>
 * <tr><td>EXAMINATION_RESULT</td><td>1B released after exam</td><td>4 released</td><td>-</td><td>-</td></tr>
 * <tr><td>ARRIVED</td><td>19 conveyance arrived</td><td>-</td><td>-</td><td>-</td></tr>
 * </table>
 * The canonical notice carries the decision kind and state themselves ({@code code} gives the kind's name). Choices
 * the standards leave open: a release after examination is the EXAMINATION_RESULT decision (or the examination hold
 * resolved), 1B; X12 has no "still in place" code, so an open hold decided again repeats its placing code; do not load
 * in a 350 is the no-load hold 6H / 6I of CBP's disposition codes; 7365 has no "hold removed" or "request for
 * information": removals are 1 accepted and a request for information 7 detained, the FTX saying which; the XCSN's
 * answer to a removed request or do-not-load is CO (the assessment is complete); 1G / 1F (in-bond destination holds)
 * and 11-13 (in-bond arrivals) are not produced: decisions do not say where a hold applies. The 350 is not written
 * for pre-load air decisions, nor PSN and XCSN for the sea and road decisions, because those filers do not get them.
 *
 * <table>
 * <caption>X12 350 (004010 U.S. Customs Status Information), one per notice</caption>
 * <tr><th>segment</th><th>content</th></tr>
 * <tr><td>ISA, GS</td><td>turned around from the journaled envelope (sender, receiver, test flag), ISA12 from the
 *     filing's version (00401 for 004010), separators * : ~ (the journal does not keep the filer's), GS01 SO</td></tr>
 * <tr><td>M10, P4</td><td>the filing's own, as the 355 repeats them (the P4 loop holds the X4 loop)</td></tr>
 * <tr><td>N9</td><td>MB and the master bill (a house only); BM (ZZ for other numbers) and the bill, verbatim</td></tr>
 * <tr><td>X4</td><td>01 the (master) bill without its issuer's SCAC when it fits AN 12, 05/06 date and time of the
 *     decision, 07 the disposition code, 08 the house bill, 09 the issuer's SCAC (the carrier's, else ZZZZ), 10 the
 *     house's issuer</td></tr>
 * <tr><td>K1 (max 4)</td><td>the agency and its own code; then the text in pieces of 30</td></tr>
 * </table>
 *
 * <table>
 * <caption>CUSRES (the filed CUSCAR's directory, D:95B, D:96A or D:03B), one per notice</caption>
 * <tr><th>segment</th><th>content</th></tr>
 * <tr><td>UNB</td><td>turned around from the journaled envelope, syntax UNOC:3, default separators (no UNA)</td></tr>
 * <tr><td>BGM</td><td>962 customs response, "reference-1", 9 original</td></tr>
 * <tr><td>DTM</td><td>137 message date; 9 processing date: when the agency decided (CCYYMMDDHHMM, 203)</td></tr>
 * <tr><td>FTX</td><td>AAI general information, the agency's code (4441), the agency then the text in 70-character
 *     pieces</td></tr>
 * <tr><td>GIS</td><td>the processing indicator 7365 from the table</td></tr>
 * <tr><td>RFF</td><td>ACW the filed message's reference; MB (AWB) the master of a house; the bill: AWB, HWB, BH for a
 *     house bill of lading, BM otherwise</td></tr>
 * </table>
 *
 * <p><b>PSN</b> (CAMIR style, one per notice): upper-case ASCII, CRLF, lines of at most 69 characters, fields and
 * texts made safe as in the PER ({@code acks.CargoImpText}):
 * <pre>
 * PSN/1/&lt;our ref&gt;/&lt;FWB|FHL|FFM&gt;/&lt;version&gt;/&lt;filed message ref&gt;/&lt;ddMMMhhmm issued&gt;/&lt;agency&gt;
 * PSN &lt;awb&gt;[-&lt;hawb&gt;] CSN/&lt;code&gt;/&lt;ddMMMhhmm decided&gt;/&lt;text&gt;
 * /&lt;more text&gt;                            a text too long for its line, broken at spaces
 * </pre>
 *
 * <p><b>XCSN</b> (3.00 style), namespace {@code iata:customsstatusnotification:1} (prefix rsm), data model
 * {@code iata:datamodel:3} (prefix ram): {@code rsm:CustomsStatusNotification} with MessageHeaderDocument (ID
 * "XCSN n", Name, IssueDateTime, PurposeCode Creation, VersionID 3.00, SenderParty the id the filer addressed,
 * RecipientParty the filer's sender id), BusinessHeaderDocument (ID the decision id, Reference the filed document's
 * id, ReferenceTypeCode its type and version), MasterConsignment (TransportContractDocument/ID the AWB, an
 * IncludedHouseConsignment with the HAWB for a house, and AssociatedCustomsStatus: StatusCode, StateCode PLACED /
 * IN_PLACE / RESOLVED, StatusDateTime, AuthorityName, ReasonCode the agency's code, Reason the text). Written with
 * StAX ({@code acks.XmlDocument}), which escapes every value.
 *
 * <p>Every notice's text is the agency's text, or the decision and state in words ("DO NOT LOAD STILL IN PLACE") when
 * it sent none. A notice must name its bill: the consignment's number, else the decision's business key.
 */
package org.borderedi.gateway.notices;
