/// A small workbook written by hand, part by part, so that each test can change one part.
struct MinimalWorkbook {
  var contentTypes = """
    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>
    """
  var packageRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
    </Relationships>
    """
  var workbook = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
    <workbookPr/><sheets><sheet name="Responses" sheetId="1" r:id="rId1"/><sheet name="Lists" sheetId="2" r:id="rId2"/></sheets></workbook>
    """
  var workbookRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>
    <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
    <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
    </Relationships>
    """
  var sharedStrings = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">
    <si><t>Full name</t></si><si><t>Email</t></si>
    <si><r><t xml:space="preserve">Ville de </t></r><r><rPr><b/></rPr><t>Thiès</t></r><rPh sb="0" eb="1"><t>ティエス</t></rPh></si>
    <si><t>Registered</t></si><si><t xml:space="preserve"> Line_x000D_
    two </t></si></sst>
    """
  var styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
    <numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd\\ hh:mm:ss"/><numFmt numFmtId="165" formatCode="&quot;Day &quot;0"/></numFmts>
    <cellStyleXfs count="1"><xf numFmtId="22"/></cellStyleXfs>
    <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="20"/></cellXfs>
    </styleSheet>
    """
  var sheet1 = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
    <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><t>Registered on</t></is></c><c r="E1" t="inlineStr"><is><t>Age</t></is></c><c r="F1" t="inlineStr"><is><t>Consent</t></is></c><c r="G1" t="inlineStr"><is><t>Day</t></is></c><c r="H1" t="inlineStr"><is><t>Arrival</t></is></c><c r="I1" t="inlineStr"><is><t>Phone</t></is></c></row>
    <row r="3"><c r="A3" t="inlineStr"><is><r><t>ليلى </t></r><r><rPr><i/></rPr><t>حداد</t></r></is></c><c t="str"><v>leila@beirut.example.org</v></c><c r="C3" t="s"><v>2</v></c><c r="D3" s="1"><v>46451</v></c><c r="E3"><v>47</v></c><c r="F3" t="b"><v>1</v></c><c r="G3" s="3"><v>2</v></c><c r="H3" s="2"><v>46451.584849537037</v></c><c r="I3"><v>2.12661234567E+11</v></c></row>
    <row><c r="A4" t="s"><v>4</v></c><c r="F4" t="b"><v>0</v></c><c r="E4"><v>35.5</v></c><c r="H4" s="4"><v>0.75</v></c><c r="D4" t="d"><v>2027-03-06T09:30:00Z</v></c></row>
    <row r="6"><c r="A6" s="1"/><c r="B6" t="inlineStr"><is><t></t></is></c></row>
    </sheetData></worksheet>
    """
  var sheet2 = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
    <row r="2"><c r="B2" t="inlineStr"><is><t>Country</t></is></c></row><row r="3"><c r="B3" t="inlineStr"><is><t>الأردن</t></is></c></row>
    </sheetData></worksheet>
    """

  /// The workbook as a zip archive, every part deflated except the worksheets (stored).
  func bytes(
    storing stored: Set<String> = ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]
  ) -> [UInt8] {
    var zip = ZipBuilder()
    for (name, text) in parts { zip.add(name, text, deflated: !stored.contains(name)) }
    return zip.bytes()
  }

  var parts: [(String, String)] {
    [
      ("[Content_Types].xml", contentTypes), ("_rels/.rels", packageRelationships),
      ("xl/workbook.xml", workbook),
      ("xl/_rels/workbook.xml.rels", workbookRelationships),
      ("xl/sharedStrings.xml", sharedStrings),
      ("xl/styles.xml", styles), ("xl/worksheets/sheet1.xml", sheet1),
      ("xl/worksheets/sheet2.xml", sheet2),
    ]
  }
}
