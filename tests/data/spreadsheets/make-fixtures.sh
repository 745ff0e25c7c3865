#!/usr/bin/env bash
# Makes the spreadsheet fixtures of the candidate import's tests again, from sources/ (run by hand, never in
# CI; the files it makes are committed). Needs LibreOffice (libreoffice-calc-nogui), python3-uno and python3.
#  - LibreOffice saves each sources/<name>/<Sheet>.csv as <name>.xlsx and <name>.ods (the sheet is named
#    after the CSV file), and sources/entete-fusionne.fods (merged cells, two sheets) as both;
#    montants-texte's columns are imported as text, so that its amounts stay "250 000 €" typed as text.
#  - LibreOffice saves candidatures with a password as protected.ods (an encrypted ODF), and as
#    old-format.xls (an OLE compound file, as an encrypted OOXML is: LibreOffice 7.4 refuses to encrypt an
#    XLSX through UNO, so the refusal they share is checked on this one).
#  - Python builds the refused kinds from candidatures.xlsx/.ods: truncated.xlsx, damaged.xlsx (a member's
#    deflated bytes changed), bomb.xlsx (a sheet inflating to 101 MiB), many-members.xlsx (10 010 members),
#    macros.xlsm, vba.xlsx (a vbaProject.bin member), macros.ods (Basic/ scripts), and inline-strings.xlsx,
#    whose cells LibreOffice never writes (inline strings, rich runs with a phonetic guide, a formula's
#    text, booleans, dates under a custom format, a 1904-based workbook).
set -euo pipefail
cd "$(dirname "$0")"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice=(soffice -env:UserInstallation=file://"$profile" --headless)
work=$(mktemp -d "$profile/work.XXXX")

# Field separator ';', text delimiter '"', UTF-8, from line 1; then, for montants-texte, every column text.
csv_filter='CSV:59,34,76,1'
text_columns='1/2/2/2/3/2/4/2/5/2/6/2/7/2/8/2/9/2/10/2'
for source in sources/*/; do
    name=$(basename "$source")
    csv=$(ls "$source"*.csv)
    filter=$csv_filter
    [[ $name == montants-texte ]] && filter="$csv_filter,$text_columns"
    for format in xlsx ods; do
        "${soffice[@]}" --infilter="$filter" --convert-to "$format" --outdir "$work/$name" "$csv" >/dev/null
        mv "$work/$name/$(basename "${csv%.csv}").$format" "$name.$format"
    done
done
for format in xlsx ods; do
    "${soffice[@]}" --convert-to "$format" --outdir "$work" sources/entete-fusionne.fods >/dev/null
    mv "$work/entete-fusionne.$format" .
done
"${soffice[@]}" --convert-to xls --outdir "$work" candidatures.ods >/dev/null
mv "$work/candidatures.xls" old-format.xls

# A password: through UNO, since the command line's --convert-to cannot set one.
# Its own process group, so that the office and its children are ended together however UNO closes.
setsid "${soffice[@]}" --accept="pipe,name=fastfixtures$$;urp;" --norestore >/dev/null 2>&1 &
office=$!
uno_status=0
/usr/bin/python3 - "fastfixtures$$" "$PWD" <<'EOF' || uno_status=$?
import sys, time, uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p

resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
    "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
for attempt in range(100):
    try:
        context = resolver.resolve(f"uno:pipe,name={sys.argv[1]};urp;StarOffice.ComponentContext")
        break
    except Exception:
        time.sleep(0.2)
desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
folder = uno.systemPathToFileUrl(sys.argv[2])
document = desktop.loadComponentFromURL(folder + "/candidatures.ods", "_blank", 0, (prop("Hidden", True), prop("ReadOnly", True)))
if document is None:
    sys.exit("LibreOffice did not open candidatures.ods")
document.storeToURL(folder + "/protected.ods",
                    (prop("FilterName", "calc8"), prop("Overwrite", True), prop("Password", "comite")))
document.close(True)
EOF
kill -- -"$office" 2>/dev/null || true
wait "$office" 2>/dev/null || true
[[ $uno_status -eq 0 ]] || exit "$uno_status"

/usr/bin/python3 - <<'EOF'
import shutil, zipfile

def copy_zip(source, target, extra=()):
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info, old.read(info.filename))
        for name, data in extra:
            new.writestr(name, data)

data = open("candidatures.xlsx", "rb").read()
open("truncated.xlsx", "wb").write(data[: len(data) // 2])

# Changes deflated bytes in the middle of the sheet's member: its inflating fails or its CRC does not match.
with zipfile.ZipFile("candidatures.xlsx") as z:
    info = z.getinfo("xl/worksheets/sheet1.xml")
header = info.header_offset
name_length = int.from_bytes(data[header + 26:header + 28], "little")
extra_length = int.from_bytes(data[header + 28:header + 30], "little")
start = header + 30 + name_length + extra_length
damaged = bytearray(data)
for at in range(start + info.compress_size // 3, start + info.compress_size // 3 + 16):
    damaged[at] ^= 0x5A
open("damaged.xlsx", "wb").write(bytes(damaged))

content_types = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 b'<Default Extension="xml" ContentType="application/xml"/></Types>')
package_rels = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
def workbook(sheets, date1904=False):
    pr = b'<workbookPr date1904="1"/>' if date1904 else b''
    items = b"".join(b'<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (name.encode(), i + 1, i + 1) for i, name in enumerate(sheets))
    return (b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' + pr + b'<sheets>' + items + b'</sheets></workbook>')
def workbook_rels(count, shared=False, styles=False):
    base = b'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    items = b"".join(b'<Relationship Id="rId%d" Type="%sworksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, base, i + 1) for i in range(count))
    if shared:
        items += b'<Relationship Id="rId90" Type="%ssharedStrings" Target="sharedStrings.xml"/>' % base
    if styles:
        items += b'<Relationship Id="rId91" Type="%sstyles" Target="/xl/styles.xml"/>' % base
    return b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + items + b'</Relationships>'

with zipfile.ZipFile("bomb.xlsx", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("[Content_Types].xml", content_types)
    z.writestr("_rels/.rels", package_rels)
    z.writestr("xl/workbook.xml", workbook(["Candidatures"]))
    z.writestr("xl/_rels/workbook.xml.rels", workbook_rels(1))
    z.writestr("xl/worksheets/sheet1.xml", b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
               + b" " * (101 * 1024 * 1024) + b"</sheetData></worksheet>")

copy_zip("candidatures.xlsx", "many-members.xlsx", [("xl/media/%d.txt" % i, b"") for i in range(10010)])
shutil.copyfile("candidatures.xlsx", "macros.xlsm")
copy_zip("candidatures.xlsx", "vba.xlsx", [("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 not a real project")])
copy_zip("candidatures.ods", "macros.ods", [
    ("Basic/script-lc.xml", b'<?xml version="1.0" encoding="UTF-8"?><library:libraries xmlns:library="http://openoffice.org/2000/library"/>'),
    ("Basic/Standard/Module1.xml", b'<?xml version="1.0" encoding="UTF-8"?><script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1">Sub Main\nEnd Sub</script:module>')])

main = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
shared_strings = ('<?xml version="1.0" encoding="UTF-8"?><sst ' + main.decode() + ' count="2" uniqueCount="2">'
                  '<si><t>projet</t></si>'
                  '<si><r><rPr><b/></rPr><t xml:space="preserve">Rich </t></r><r><t>runs</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>'
                  '</sst>').encode()
styles = ('<?xml version="1.0" encoding="UTF-8"?><styleSheet ' + main.decode() + '>'
          '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0\\ &quot;€&quot;"/></numFmts>'
          '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="165"/><xf numFmtId="20"/></cellXfs>'
          '</styleSheet>').encode()
sheet1 = ('<?xml version="1.0" encoding="UTF-8"?><worksheet ' + main.decode() + '><sheetData>'
          '<row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="inlineStr"><is><t>inline</t></is></c>'
          '<c r="D2" t="inlineStr"><is><r><t xml:space="preserve">in </t></r><r><rPr><i/></rPr><t>runs</t></r></is></c></row>'
          '<row r="4"><c r="A4" t="s"><v>1</v></c><c r="B4" s="1"><v>46096</v></c><c r="C4" s="2"><v>46096.75</v></c>'
          '<c r="D4" s="3"><v>250000</v></c><c r="E4"><v>0.30000000000000004</v></c><c r="F4"><v>2.5E+5</v></c>'
          '<c r="G4" t="b"><v>1</v></c><c r="H4" t="str"><f>A1&amp;"x"</f><v>formula text</v></c><c r="I4" s="4"><v>0.5</v></c>'
          '<c r="J4"><v>1234.5</v></c><c r="K4"/><c r="L4" t="inlineStr"><is><t>  </t></is></c></row>'
          '<row r="5"><c r="A5" t="e"><v>#N/A</v></c><c t="inlineStr"><is><t>no reference</t></is></c></row>'
          '</sheetData><mergeCells count="1"><mergeCell ref="B2:C2"/></mergeCells></worksheet>').encode()
sheet2 = ('<?xml version="1.0" encoding="UTF-8"?><worksheet ' + main.decode() + '><sheetData>'
          '<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>1</v></c></row></sheetData></worksheet>').encode()
with zipfile.ZipFile("inline-strings.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", content_types)
    z.writestr("_rels/.rels", package_rels)
    z.writestr("xl/workbook.xml", workbook(["Cellules", "Dates 1904"]))
    z.writestr("xl/_rels/workbook.xml.rels", workbook_rels(2, shared=True, styles=True))
    z.writestr("xl/sharedStrings.xml", shared_strings)
    z.writestr("xl/styles.xml", styles)
    z.writestr("xl/worksheets/sheet1.xml", sheet1)
    z.writestr("xl/worksheets/sheet2.xml", sheet2)
with zipfile.ZipFile("inline-strings-1904.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", content_types)
    z.writestr("_rels/.rels", package_rels)
    z.writestr("xl/workbook.xml", workbook(["Dates 1904"], date1904=True))
    z.writestr("xl/_rels/workbook.xml.rels", workbook_rels(1, styles=True))
    z.writestr("xl/styles.xml", styles)
    z.writestr("xl/worksheets/sheet1.xml", sheet2)
EOF
ls -l
