#!/usr/bin/env python3
"""Writes the bad-input corpus that tests/cli/tst_badinputcorpus.cpp feeds to fast-committee.

Run once from anywhere (python3 tests/data/corpus/make_corpus.py); the files it writes are committed, so
the test never depends on Python. Every file is malformed in one way and has one line in manifest.json:
the subcommand (import or scores), the file, the exact location part of the first stderr line that
follows the path (":LINE: column: " for a cell, ":LINE: " for a row, ": " for the whole file) and a
substring of the reason. amounts.json lists amount strings that `promotion add --envelope` must refuse.
The database the files are imported into is set up by the test: promotion 13 holding Envergo and
DossierFacile, members Alice and Bruno, the default criteria.
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = "projet;administration;incubateur;type;phase;budget_annuel;montant_demande;description"
GOOD = "Mano;DIHAL;beta.gouv.fr;produit;construction;400 000;100 000;Un service"
SCORE_HEADER = "membre;projet;critere;note"
SCORE_GOOD = "Alice;Envergo;Impact potentiel;4"

entries = []
names = set()


def add(command, name, data, location, substring):
    folder = "candidates" if command == "import" else "scores"
    assert (folder, name) not in names, name
    names.add((folder, name))
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(HERE, folder, name), "wb") as f:
        f.write(data)
    entries.append({"command": command, "file": folder + "/" + name, "location": location,
                    "substring": substring})


def cand(name, rows, location, substring, header=HEADER, newline="\n", encoding="utf-8"):
    text = newline.join([header] + rows) + newline
    add("import", name, text.encode(encoding), location, substring)


def score(name, rows, location, substring, header=SCORE_HEADER):
    add("scores", name, "\n".join([header] + rows) + "\n", location, substring)


def mixed_location(data):
    """":LINE: column C: " of the first byte that is not UTF-8, computed here from Python's own decoder: the
    line counts \\n, \\r\\n and \\r breaks, the column the characters before it on its line, a BOM excluded."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[:error.start]
        if before.startswith(b"\xef\xbb\xbf"):
            before = before[3:]
        lines = before.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n").split("\n")
        return ":%d: column %d: " % (len(lines), len(lines[-1]) + 1), "byte 0x%02X is not UTF-8" % data[error.start]
    raise AssertionError("all UTF-8")


def mixed(command, name, data, bom=False):
    location, byte = mixed_location(data)
    why = "the file starts with a UTF-8 byte order mark" if bom else "the file elsewhere is UTF-8"
    add(command, name, data, location, byte + ", while " + why + ": save it again as UTF-8")


def row(name="Mano", carrier="DIHAL", incubator="beta.gouv.fr", kind="produit", phase="construction",
        budget="400 000", requested="100 000", description="Un service"):
    return ";".join([name, carrier, incubator, kind, phase, budget, requested, description])


def main():
    for folder in ("candidates", "scores"):
        shutil.rmtree(os.path.join(HERE, folder), ignore_errors=True)
        os.makedirs(os.path.join(HERE, folder))

    # --- Whole-file problems: encodings, binaries, empty files -------------------------------------
    good = (HEADER + "\n" + GOOD + "\n")
    add("import", "empty.csv", b"", ": ", "the file is empty")
    add("import", "bom_only.csv", b"\xef\xbb\xbf", ": ", "holds only a byte order mark")
    add("import", "blank_lines_only.csv", b"\n\r\n\n", ": ", "holds only blank lines")
    add("import", "nul_byte.csv", (HEADER + "\nMa\x00no;DIHAL;;;;1;1;\n").encode(), ": ", "not a text file")
    add("import", "utf16le_bom.csv", b"\xff\xfe" + good.encode("utf-16-le"), ": ", "not a text file")
    add("import", "utf16be_bom.csv", b"\xfe\xff" + good.encode("utf-16-be"), ": ", "not a text file")
    add("import", "utf16le_nobom.csv", good.encode("utf-16-le"), ": ", "not a text file")
    add("import", "utf16be_nobom.csv", good.encode("utf-16-be"), ": ", "not a text file")
    add("import", "utf32le.csv", good.encode("utf-32"), ": ", "not a text file")
    add("import", "xlsx_zip.csv", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"[Content_Types].xml",
        ": ", "its zip cannot be read")
    add("import", "ods_zip.csv", b"PK\x03\x04\x14\x00\x00\x08\x00\x00mimetypeapplication/vnd.oasis.opendocument",
        ": ", "not a text file")
    add("import", "png.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ": ", "not a text file")
    add("import", "pdf.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n\x00\x01\x02",
        ": ", "not a text file")
    add("import", "xls_ole.csv", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 24, ": ",
        "protected by a password or is in the old .xls format")
    add("import", "gzip.csv", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", ": ", "not a text file")
    add("import", "elf.csv", b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8, ": ", "not a text file")
    add("import", "random_bytes.csv", bytes((i * 73 + 41) % 256 for i in range(4096)), ": ", "not a text file")
    # A byte order mark or any UTF-8 character says UTF-8: a byte that is not is refused where it is.
    mixed("import", "bom_then_latin1.csv", b"\xef\xbb\xbf" + good.replace("Un service", "Un \xe9t\xe9")
          .encode("latin-1"), bom=True)
    mixed("import", "bom_then_cp1252_euro.csv", b"\xef\xbb\xbf" + (HEADER + "\n").encode() +
          row(budget="400 000 \x80").encode("latin-1") + b"\n", bom=True)
    mixed("import", "bom_utf8_then_stray_byte.csv", b"\xef\xbb\xbf" + (HEADER + "\n" + row(name="Réfugiés.info") +
          "\n").encode() + row(name="L'Œuvre", description="Coût 3 €").encode("cp1252") + b"\n", bom=True)
    mixed("import", "mixed_utf8_then_cp1252.csv", (HEADER + "\n" + row(name="Réfugiés.info") + "\n").encode() +
          row(name="Café").encode("cp1252") + b"\n")
    mixed("import", "mixed_cp1252_then_utf8.csv", (HEADER + "\n").encode() + row(name="Café").encode("cp1252") +
          b"\r\n" + (row(name="Éole") + "\r\n").encode())
    mixed("import", "mixed_stray_euro.csv", (HEADER + "\n" + row(description="Coût 100 €") + "\n").encode()
          .replace("€".encode(), b"\x80"))
    mixed("import", "mixed_stray_in_quoted_lines.csv", (HEADER + "\n" + row(description="\"Première ligne\nseconde "
          "ligne\"") + "\n").encode().replace(b"seconde", b"\xabseconde\xbb"))
    for code, char in (("bell", "\x07"), ("escape", "\x1b"), ("backspace", "\x08"), ("soh", "\x01"),
                       ("unit_separator", "\x1f"), ("substitute", "\x1a")):
        add("import", "control_%s.csv" % code, (HEADER + "\n" + row(name="Ma" + char + "no") + "\n").encode(),
            ": ", "not a text file")
    add("import", "ansi_colours.csv", ("\x1b[31m" + HEADER + "\x1b[0m\n" + GOOD + "\n").encode(), ": ",
        "not a text file")

    # --- The header ---------------------------------------------------------------------------------
    cand("unknown_column.csv", [GOOD + ";x"], ":1: montant: ", "unknown column; the accepted columns are",
         header=HEADER + ";montant")
    cand("unknown_column_first.csv", ["x;" + GOOD], ":1: id: ", "unknown column", header="id;" + HEADER)
    cand("duplicate_column.csv", [GOOD + ";Mano"], ":1: name: ",
         "duplicate column: column 1 (\"projet\") already holds it", header=HEADER + ";name")
    cand("duplicate_column_same_name.csv", [GOOD + ";1"], ":1: budget_annuel: ", "duplicate column: column 6",
         header=HEADER + ";budget_annuel")
    cand("duplicate_column_accents.csv", [GOOD + ";1"], ":1: Montant demandé: ", "duplicate column: column 7",
         header=HEADER + ";Montant demandé")
    for missing in ("projet", "administration", "budget_annuel", "montant_demande"):
        columns = HEADER.split(";")
        index = columns.index(missing)
        values = GOOD.split(";")
        del columns[index]
        del values[index]
        english = {"projet": "name", "administration": "carrier", "budget_annuel": "annual_budget",
                   "montant_demande": "requested"}[missing]
        cand("missing_column_%s.csv" % missing, [";".join(values)], ":1: ",
             "the required column \"%s\" (or \"%s\") is missing" % (missing, english), header=";".join(columns))
    cand("header_empty.csv", [GOOD], ":1: ", "the header row is empty", header=";;;;;;;")
    cand("header_spaces.csv", [GOOD], ":1: ", "the header row is empty", header="  ;  ; ;")
    cand("header_is_data.csv", [GOOD], ":1: Envergo: ", "unknown column",
         header="Envergo;DGALN;;produit;;400 000;150 000;")
    cand("header_english_typo.csv", ["Mano;DIHAL;400000;100000"], ":1: anual_budget: ", "unknown column",
         header="name;carrier;anual_budget;requested")
    add("import", "html_page.csv", "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Export</title></head>\n"
        "<body><table><tr><td>Mano</td><td>400 000</td></tr></table></body></html>\n",
        ":1: <!DOCTYPE html>: ", "unknown column")
    add("import", "html_table.csv", "<table>\n<tr><th>projet</th><th>administration</th></tr>\n</table>\n",
        ":1: <table>: ", "unknown column")
    add("import", "json.csv", "[{\"projet\": \"Mano\", \"budget_annuel\": 400000}]\n", ":1: [{\"projet\": \"Mano\": ",
        "unknown column")
    add("import", "xml.csv", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<candidatures/>\n",
        ":1: <?xml version=\"1.0\" encoding=\"UTF-8\"?>: ", "unknown column")
    add("import", "scores_file_given_to_import.csv", SCORE_HEADER + "\n" + SCORE_GOOD + "\n", ":1: membre: ",
        "unknown column")
    add("import", "header_64kb.csv", HEADER + ";" + "x" * (1 << 16) + "\n" + GOOD + ";\n",
        ":1: " + "x" * (1 << 16) + ": ", "unknown column")
    cand("header_only_wrong_delimiter.csv", ["Mano|DIHAL|400 000|100 000"],
         ":1: projet|administration|budget_annuel|montant_demande: ", "unknown column",
         header="projet|administration|budget_annuel|montant_demande")

    # --- Rows whose fields do not line up with the header ------------------------------------------
    cand("fewer_fields.csv", ["Mano;DIHAL;400 000"], ":2: ", "the row has fewer fields than the header (3 instead of 8)")
    cand("more_fields.csv", [GOOD + ";en trop"], ":2: ", "the row has more fields than the header (9 instead of 8)")
    cand("comma_rows_semicolon_header.csv", ["Mano,DIHAL,beta,produit,construction,400000,100000,x"], ":2: ",
         "the row has fewer fields than the header (1 instead of 8)")
    cand("comma_header_unquoted_decimal.csv", ["Mano,DIHAL,beta,produit,construction,400000,50,5,x"], ":2: ",
         "the row has more fields than the header (9 instead of 8): a value that contains \",\" must be put",
         header=HEADER.replace(";", ","))
    cand("comma_header_french_amount.csv", ["Mano,DIHAL,beta,produit,construction,400 000,100 000,5,x"], ":2: ",
         "more fields than the header (9 instead of 8)", header=HEADER.replace(";", ","))
    cand("tab_header_semicolon_rows.csv", [GOOD], ":2: ", "fewer fields than the header (1 instead of 8)",
         header=HEADER.replace(";", "\t"))
    cand("tab_rows_with_tab.csv", ["Mano\tDIHAL\tbeta\tproduit\tconstruction\t400 000\t100 000\tUn\tservice"],
         ":2: ", "more fields than the header (9 instead of 8): a value that contains \"a tab\"",
         header=HEADER.replace(";", "\t"))
    cand("mixed_delimiters_second_row.csv", [GOOD, "Mobilic,DGT,,produit,,400 000,100 000,x"], ":3: ",
         "fewer fields than the header")
    cand("semicolon_in_description.csv", [GOOD + "; et plus"], ":2: ", "more fields than the header")
    cand("truncated_mid_row.csv", [GOOD, "Mobilic;DGT;beta"], ":3: ", "fewer fields than the header (3 instead of 8)")
    add("import", "truncated_no_newline.csv", (HEADER + "\n" + GOOD + "\nMobilic;DGT;;pro").encode(), ":3: ",
        "fewer fields than the header (4 instead of 8)")
    add("import", "truncated_mid_utf8.csv", (HEADER + "\n" + GOOD + "\nMobilic;Minist").encode() + "è".encode()[:1],
        ":3: ", "fewer fields than the header (2 instead of 8)")
    cand("row_crlf_fewer.csv", [GOOD, "Mobilic;DGT"], ":3: ", "fewer fields", newline="\r\n")
    cand("row_cr_only_fewer.csv", [GOOD, "Mobilic;DGT"], ":3: ", "fewer fields", newline="\r")
    cand("blank_lines_then_fewer.csv", ["", "", GOOD, "", "Mobilic"], ":6: ",
         "fewer fields than the header (1 instead of 8)")
    cand("unnamed_column_with_value.csv", [GOOD + ";surprise"], ":2: ", "column 9 has no name in the header but "
         "holds \"surprise\"", header=HEADER + ";")

    # --- Quoting ------------------------------------------------------------------------------------
    cand("unterminated_quote.csv", [GOOD, "\"Mobilic;DGT;;produit;;400 000;100 000;x"], ":3: ",
         "a quoted field opened here is never closed")
    cand("unterminated_quote_header.csv", [GOOD], ":1: ", "a quoted field opened here is never closed",
         header="\"projet;administration;budget_annuel;montant_demande")
    cand("unterminated_quote_last_field.csv", [row(description="\"Un service")], ":2: ",
         "a quoted field opened here is never closed")
    cand("text_after_closing_quote.csv", ["\"Mano\"x;DIHAL;;produit;;400 000;100 000;y"], ":2: ",
         "unexpected text after the closing quote")
    cand("quoted_then_quote.csv", [row(name="\"Ma\"\"no\"\"\"x")], ":2: ", "unexpected text after the closing quote")
    add("import", "unterminated_quote_1mb.csv", (HEADER + "\n" + GOOD + "\n\"" + "a" * (1 << 20) + "\n").encode(),
        ":3: ", "a quoted field opened here is never closed")
    cand("quoted_newline_then_fewer.csv", ["\"Ma\nno\";DIHAL", GOOD], ":2: ", "fewer fields than the header (2")
    cand("unterminated_after_many_lines.csv", [GOOD, row(name="Mobilic"), "\"Oups;;;", "x", "y"], ":4: ",
         "a quoted field opened here is never closed")

    # --- Cells --------------------------------------------------------------------------------------
    cand("name_missing.csv", [row(name="")], ":2: projet: ", "The project name is required.")
    cand("name_spaces_only.csv", [row(name="   ")], ":2: projet: ", "The project name is required.")
    cand("carrier_missing.csv", [row(carrier="")], ":2: administration: ", "The carrying administration is required.")
    cand("name_too_long.csv", [row(name="N" * 1000)], ":2: projet: ", "The project name is longer than")
    cand("name_1mb.csv", [row(name="N" * (1 << 20))], ":2: projet: ", "The project name is longer than")
    cand("carrier_too_long.csv", [row(carrier="Ministère " * 100)], ":2: administration: ",
         "The carrying administration is longer than")
    cand("incubator_too_long.csv", [row(incubator="i" * 5000)], ":2: incubateur: ", "The incubator is longer than")
    cand("kind_unknown.csv", [row(kind="startup")], ":2: type: ", "\"startup\" is not a kind of candidate")
    cand("kind_number.csv", [row(kind="1")], ":2: type: ", "\"1\" is not a kind of candidate")
    cand("phase_unknown.csv", [row(phase="lancement")], ":2: phase: ", "\"lancement\" is not a phase")
    cand("phase_html.csv", [row(phase="<b>construction</b>")], ":2: phase: ", "\"<b>construction</b>\" is not a phase")
    cand("decision_unknown.csv", [GOOD + ";peut-être"], ":2: decision: ", "\"peut-être\" is not a decision",
         header=HEADER + ";decision")
    cand("laureate_without_granted.csv", [GOOD + ";lauréat;"], ":2: montant_accorde: ",
         "a laureate needs a granted amount", header=HEADER + ";decision;montant_accorde")
    cand("laureate_without_granted_column.csv", [GOOD + ";lauréat"], ":2: decision: ",
         "a laureate needs a granted amount, but the file has no", header=HEADER + ";decision")
    cand("granted_above_eligible.csv", [GOOD + ";lauréat;150 000"], ":2: montant_accorde: ", "150\u00a0000",
         header=HEADER + ";decision;montant_accorde")
    cand("granted_on_waitlist.csv", [GOOD + ";liste d'attente;50 000"], ":2: montant_accorde: ",
         "Only a laureate has a granted amount", header=HEADER + ";decision;montant_accorde")
    cand("budget_zero.csv", [row(budget="0")], ":2: budget_annuel: ", "The annual budget must be more than 0")
    cand("requested_zero.csv", [row(requested="0,00")], ":2: montant_demande: ", "The requested amount must be more")
    cand("duplicate_name_in_file.csv", [GOOD, row(name="MANO", carrier="DGT")], ":3: projet: ",
         "\"MANO\" is already on line 2 (names are compared without case or accents)")
    cand("duplicate_name_accents.csv", [row(name="Médiateur"), row(name="mediateur")], ":3: projet: ",
         "\"mediateur\" is already on line 2")
    cand("duplicate_existing_candidate.csv", [row(name="ENVERGO")], ":2: projet: ",
         "\"ENVERGO\" is already a candidate of this promotion")
    cand("duplicate_existing_accents.csv", [row(name="dossierfacilé")], ":2: projet: ",
         "\"dossierfacilé\" is already a candidate of this promotion")
    cand("good_then_bad_last_row.csv", [row(name="A%d" % i) for i in range(1, 60)] + [row(name="Z", budget="x")],
         ":61: budget_annuel: ", "contains letters")

    # Amount cells: every malformed amount in the budget column (the requested column checked as well).
    amount_cells = [
        ("ten_trillion", "10 000 000 000 000", "is more than"),
        ("ten_trillion_euro", "10000000000000 €", "is more than"),
        ("int64_max", "9223372036854775807", "is more than"),
        ("twenty_digits", "99999999999999999999", "is more than"),
        ("amount_1mb", "1" * (1 << 20), "is more than"),
        ("negative", "-400 000", "is negative"),
        ("negative_euro", "-1 €", "is negative"),
        ("ambiguous_comma", "300,000", "is ambiguous"),
        ("three_decimals", "1000,123", "The amount"),
        ("letters", "quatre cent mille", "contains letters"),
        ("k_suffix", "400k", "contains letters"),
        ("scientific", "4e5", "contains letters"),
        ("hex", "0x61A80", "contains letters"),
        ("formula_equals", "=400000", "The amount \"=400000\""),
        ("formula_sum", "=SUM(A1:A3)", "The amount \"=SUM(A1:A3)\""),
        ("formula_plus", "+400000", "The amount \"+400000\""),
        ("formula_at", "@SUM(1)", "The amount \"@SUM(1)\""),
        ("formula_hyperlink", "=HYPERLINK(\"http://x\",\"1\")", "The amount"),
        ("formula_cmd", "=cmd|' /C calc'!A0", "The amount"),
        ("html_amount", "<b>400 000</b>", "The amount \"<b>400 000</b>\""),
        ("script_amount", "<script>alert(1)</script>", "The amount"),
        ("dollar", "$400,000.00", "The amount"),
        ("pound", "£400 000", "The amount"),
        ("percent", "50 %", "The amount"),
        ("parentheses_negative", "(400 000)", "The amount"),
        ("trailing_minus", "400 000-", "The amount"),
        ("two_commas", "400,00,0", "The amount"),
        ("mixed_separators", "1 000.000", "The amount"),
        ("point_and_comma", "1.000.000,5,5", "The amount"),
        ("bad_grouping", "40 0000", "The amount"),
        ("bad_point_grouping", "4.00.000", "The amount"),
        ("only_euro", "€", "The amount"),
        ("only_eur", "EUR", "The amount"),
        ("comma_only", ",", "The amount"),
        ("point_only", ".", "The amount"),
        ("fullwidth_digits", "４００ ０００", "The amount"),
        ("arabic_indic_digits", "٤٠٠٠٠٠", "The amount"),
        ("underscore_grouping", "400_000", "The amount"),
        ("apostrophe_grouping", "400'000", "The amount"),
        ("nan", "NaN", "contains letters"),
        ("infinity", "Infinity", "contains letters"),
        ("latin9_euro_sign", "400 000 ¤", "The amount \"400 000 ¤\""),
    ]
    for code, text, substring in amount_cells:
        cand("budget_%s.csv" % code, [row(budget=text)], ":2: budget_annuel: ", substring)
    for code, text, substring in amount_cells[:4] + amount_cells[5:12]:
        cand("requested_%s.csv" % code, [row(requested=text)], ":2: montant_demande: ", substring)

    # Wrong encodings that decode to something, but not to an amount: the error is on the cell.
    add("import", "latin9_euro.csv", (HEADER + "\n" + row(budget="400 000 €", name="Cœur") + "\n")
        .encode("iso8859_15"), ":2: budget_annuel: ", "The amount \"400 000 ¤\"")
    add("import", "macroman_euro.csv", (HEADER + "\n" + row(budget="400 000 €") + "\n").encode("mac_roman"),
        ":2: budget_annuel: ", "The amount")
    add("import", "cp850_nbsp.csv", (HEADER + "\n" + row(budget="400\u00a0000 €") + "\n")
        .encode("cp850", errors="replace"), ":2: budget_annuel: ", "The amount")
    add("import", "utf8_double_encoded_euro.csv", (HEADER + "\n" + row(budget="400 000 €") + "\n")
        .encode("utf-8").decode("latin-1").encode("utf-8"), ":2: budget_annuel: ", "The amount")

    # --- Score files ------------------------------------------------------------------------------
    score("row_without_note_field.csv", ["Alice;Envergo;Impact potentiel"], ":2: ", "the row has 3 fields where")
    add("scores", "empty.csv", b"", ": ", "the file is empty")
    add("scores", "bom_only.csv", b"\xef\xbb\xbf", ": ", "holds only a byte order mark")
    add("scores", "utf16le.csv", b"\xff\xfe" + (SCORE_HEADER + "\n" + SCORE_GOOD + "\n").encode("utf-16-le"), ": ",
        "not a text file")
    add("scores", "binary.csv", bytes(range(256)), ": ", "not a text file")
    add("scores", "candidates_file_given_to_scores.csv", good, ":1: administration: ", "unknown column")
    score("unknown_column.csv", [SCORE_GOOD + ";x"], ":1: commentaire: ", "unknown column",
          header=SCORE_HEADER + ";commentaire")
    score("duplicate_column.csv", [SCORE_GOOD + ";Bruno"], ":1: member: ", "duplicate column",
          header=SCORE_HEADER + ";member")
    score("missing_note_column.csv", ["Alice;Envergo;Impact potentiel"], ":1: ", "the required column \"note\"",
          header="membre;projet;critere")
    score("missing_member_column.csv", ["Envergo;Impact potentiel;4"], ":1: ", "the required column \"membre\"",
          header="projet;critere;note")
    score("too_many_fields.csv", [SCORE_GOOD + ";5"], ":2: ", "the row has 5 fields where the header has 4")
    score("too_few_fields.csv", ["Alice;Envergo"], ":2: ", "the row has 2 fields where the header has 4")
    score("unknown_member.csv", ["Zoé;Envergo;Impact potentiel;4"], ":2: membre: ", "unknown committee member \"Zoé\"")
    score("member_missing.csv", [";Envergo;Impact potentiel;4"], ":2: membre: ", "the committee member is missing")
    score("unknown_candidate.csv", ["Alice;Mano;Impact potentiel;4"], ":2: projet: ",
          "no candidate called \"Mano\" in this promotion")
    score("candidate_missing.csv", ["Alice;;Impact potentiel;4"], ":2: projet: ", "the candidate is missing")
    score("unknown_criterion.csv", ["Alice;Envergo;Beauté;4"], ":2: critere: ", "unknown criterion \"Beauté\"")
    score("criterion_missing.csv", ["Alice;Envergo;;4"], ":2: critere: ", "the criterion is missing")
    score("note_missing.csv", ["Alice;Envergo;Impact potentiel;"], ":2: note: ", "the note is missing")
    for code, text in (("six", "6"), ("negative", "-1"), ("decimal", "3,5"), ("decimal_point", "3.5"),
                       ("letters", "quatre"), ("formula", "=4"), ("formula_plus", "+4"), ("huge", "9" * 40),
                       ("html", "<b>4</b>"), ("percent", "80%"), ("fraction", "4/5"), ("fullwidth", "４"),
                       ("one_mb", "4" * (1 << 20))):
        score("note_%s.csv" % code, ["Alice;Envergo;Impact potentiel;" + text], ":2: note: ",
              "\"%s\" is not a note" % text)
    score("recusal_with_criterion.csv", ["Alice;Envergo;Impact potentiel;déport"], ":2: critere: ",
          "a recusal concerns the whole candidate")
    score("recusal_twice.csv", ["Alice;Envergo;;déport", "Alice;Envergo;;recusal"], ":3: note: ",
          "this recusal is already on line 2")
    score("noted_twice.csv", [SCORE_GOOD, "alice;ENVERGO;impact potentiel;5"], ":3: ",
          "alice already noted \"impact potentiel\" for ENVERGO on line 2")
    score("recused_then_noted.csv", ["Alice;Envergo;;déport", SCORE_GOOD], ":3: ", "is recused on Envergo")
    score("unterminated_quote.csv", ["\"Alice;Envergo;Impact potentiel;4"], ":2: ",
          "a quoted field opened here is never closed")
    score("comma_rows.csv", ["Alice,Envergo,Impact potentiel,4"], ":2: ", "the row has 1 fields where")
    score("control_char.csv", ["Alice\x1b;Envergo;Impact potentiel;4"], ": ", "not a text file")
    mixed("scores", "mixed_utf8_then_cp1252.csv", (SCORE_HEADER + "\nAlice;Envergo;;déport\n").encode() +
          "Bruno;Envergo;Faisabilité;3\n".encode("cp1252"))
    mixed("scores", "mixed_cp1252_header.csv", "membre;projet;critère;note\n".encode("cp1252") +
          (SCORE_GOOD + "\nBruno;Envergo;Impact potentiel;3 ✓\n").encode())
    mixed("scores", "bom_then_stray_byte.csv", b"\xef\xbb\xbf" + (SCORE_HEADER + "\n").encode() +
          "Zoé;Envergo;Impact potentiel;4\n".encode("cp1252"), bom=True)
    score("html.csv", [], ":1: <html><body>scores</body></html>: ", "unknown column",
          header="<html><body>scores</body></html>")

    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(entries, f, ensure_ascii=False, indent=0)
        f.write("\n")

    amounts = [
        ("", "The amount is empty."), ("   ", "The amount is empty."), ("-1", "is negative"),
        ("-0,01", "is negative"), ("-300 000 €", "is negative"), ("10 000 000 000 000", "is more than"),
        ("10000000000000", "is more than"), ("1 000 000 000 000,01", "is more than"),
        ("9223372036854775807", "is more than"), ("99999999999999999999999999", "is more than"),
        ("300,000", "is ambiguous"), ("1,000", "is ambiguous"), ("1000,123", "The amount \"1000,123\""),
        ("1.5.5", "The amount \"1.5.5\""), ("1,5,5", "has more than one decimal comma"),
        ("abc", "contains letters"), ("12k", "contains letters"), ("1e6", "contains letters"),
        ("0x10", "contains letters"), ("NaN", "contains letters"), ("inf", "contains letters"),
        ("=1+1", "The amount \"=1+1\""), ("+100", "The amount \"+100\""), ("@100", "The amount \"@100\""),
        ("<b>100</b>", "The amount \"<b>100</b>\""), ("$100", "The amount \"$100\""), ("£100", "The amount"),
        ("100 %", "The amount \"100 %\""), ("(100)", "The amount \"(100)\""), ("100-", "The amount \"100-\""),
        ("1 000.000", "The amount \"1 000.000\""), ("1.000 000", "The amount \"1.000 000\""),
        ("10 00", "The amount \"10 00\""), ("1.00.000", "The amount \"1.00.000\""), ("€", "The amount"),
        ("EUR", "The amount"), (",", "The amount"), (".", "The amount"), (",50", "The amount \",50\""),
        ("100,", "The amount \"100,\""), ("１００", "The amount"), ("١٠٠", "The amount"), ("100_000", "The amount"),
        ("100'000", "The amount"), ("1\u00a0000,5\u00a0€x", "The amount"), ("12\x01", "The amount"),
        ("1" * 1000, "is more than"), ("€ 100 € 100", "The amount"), ("100 EUR EUR", "The amount"),
    ]
    with open(os.path.join(HERE, "amounts.json"), "w", encoding="utf-8") as f:
        json.dump([{"amount": a, "substring": s} for a, s in amounts], f, ensure_ascii=False, indent=0)
        f.write("\n")
    print("%d files, %d amounts" % (len(entries), len(amounts)))


if __name__ == "__main__":
    main()
