#!/usr/bin/env python3
"""Builds a committee database and its CSV files at a realistic shape and a chosen size.

    tests/tools/generate_committee.py --candidates 10000 --out /tmp/fast-10k
    tests/tools/generate_committee.py --candidates 100000 --out /tmp/fast-100k --scored-fraction 0.1
    tests/tools/generate_committee.py --candidates 1000 --out /tmp/fast-1k --csv-only

It writes OUT/csv/fastNN_candidats.csv (the call's export: French headers, `;`, UTF-8 with a BOM, French
amounts, quoted descriptions holding `;` and line breaks) and OUT/csv/fastNN_notes.csv (membre;projet;
critere;note, with a few recusals), then feeds them to the real executable as users would
(`promotion add`, `import`, `members add`, `scores import`, then `propose --apply` for all but the last two
promotions) to build OUT/committee.sqlite. The same seed
gives the same files. Nothing here is random at run time beyond the seeded generator.
"""
import argparse
import os
import random
import subprocess
import sys
import time

CRITERIA = ["Impact potentiel", "Problème public et usagers", "Équipe et portage", "Trajectoire d'accélération",
            "Utilisation du cofinancement"]
CARRIERS = ["Ministère de la Transition écologique", "Ministère de l'Intérieur", "DINUM", "DGALN", "DIHAL",
            "Ministère du Travail", "Ministère de la Justice", "Ministère des Armées", "ANCT", "Pôle emploi",
            "Région Occitanie", "Département du Nord", "Ville de Lyon", "Métropole de Lille", "CNAF", "ADEME",
            "Ministère de l'Éducation nationale", "Ministère de la Culture", "DGFiP", "Santé publique France"]
INCUBATORS = ["beta.gouv.fr", "Fabrique numérique du MTES", "Incubateur des territoires", "Fabrique de la Santé",
              "Lab Agora", "Incubateur de l'ANCT", "Atelier numérique des Armées", "Incubateur DGFiP", ""]
PHASES = ["investigation", "construction", "accélération", "pérennisation", ""]
FIRST = ["Dossier", "Mon", "Envergo", "Mano", "Mobilic", "Aides", "Carte", "Pass", "Place", "Data", "Signal",
         "Rdv", "Zéro", "Éco", "Agri", "Santé", "École", "Trajectoire", "Démarches", "Benefic", "Côte", "Réseau"]
SECOND = ["Facile", "Territoires", "Service", "Connect", "Pro", "Emploi", "Logement", "Transition", "Numérique",
          "Solidaire", "Sport", "Culture", "Mobilité", "Énergie", "Eau", "Forêt", "Santé", "Justice", "Public"]
MEMBERS = ["Alice Martin", "Bruno Lefèvre", "Chloé Dubois", "David N'Diaye", "Émilie Moreau", "François Petit",
           "Gaëlle Roux", "Hugo Bernard"]


def french_amount(cents):
    euros, rest = divmod(cents, 100)
    text = "{:,}".format(euros).replace(",", " ")
    if rest:
        text += ",%02d" % rest
    return text + " €"


def quote(text):
    if any(c in text for c in ';"\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def candidates_of(rng, promotion, count):
    rows = []
    used = set()
    for index in range(count):
        while True:
            name = "%s %s %d-%d" % (rng.choice(FIRST), rng.choice(SECOND), promotion, index + 1)
            if name not in used:
                used.add(name)
                break
        kind = "incubateur" if rng.random() < 0.08 else "produit"
        budget = rng.choice([rng.randrange(80_000, 400_000), rng.randrange(400_000, 1_200_000),
                             rng.randrange(1_200_000, 4_000_000)]) * 100
        if rng.random() < 0.1:
            budget += rng.randrange(1, 100)
        requested = min(budget, rng.randrange(30_000, 600_000) * 100)
        description = rng.choice([
            "Un service public numérique pour %s." % rng.choice(SECOND).lower(),
            "Accompagner les usagers; simplifier la démarche.",
            "Deux lignes :\nconstruction puis accélération.",
            "Le \"guichet\" unique des aides.",
        ])
        rows.append([name, rng.choice(CARRIERS), rng.choice(INCUBATORS), kind, rng.choice(PHASES),
                     french_amount(budget), french_amount(requested), description])
    return rows


def write_candidates(path, rows):
    header = "projet;administration;incubateur;type;phase;budget_annuel;montant_demande;description"
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(header + "\r\n")
        for row in rows:
            f.write(";".join(quote(cell) for cell in row) + "\r\n")


def write_notes(path, rng, rows, members, fraction):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("membre;projet;critere;note\n")
        for row in rows:
            if rng.random() >= fraction:
                continue
            for member in members:
                if rng.random() < 0.03:
                    f.write("%s;%s;;déport\n" % (member, quote(row[0])))
                    continue
                quality = rng.randrange(0, 6)
                for criterion in CRITERIA:
                    note = max(0, min(5, quality + rng.choice([-1, 0, 0, 1])))
                    f.write("%s;%s;%s;%d\n" % (member, quote(row[0]), criterion, note))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--candidates", type=int, required=True, help="total number of candidates")
    parser.add_argument("--out", required=True, help="output folder (created)")
    parser.add_argument("--per-promotion", type=int, default=0,
                        help="candidates per promotion (default: 100 up to 10 000 candidates, then 500)")
    parser.add_argument("--members", type=int, default=5, help="committee members per promotion (max 8)")
    parser.add_argument("--scored-fraction", type=float, default=0.3, help="share of candidates that get notes")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--exe", default=os.path.join(os.path.dirname(__file__), "..", "..", "build", "fast-committee"),
                        help="the fast-committee executable (default: build/fast-committee)")
    parser.add_argument("--csv-only", action="store_true", help="write the CSV files, not the database")
    args = parser.parse_args()

    per = args.per_promotion or (100 if args.candidates <= 10_000 else 500)
    promotions = max(1, (args.candidates + per - 1) // per)
    members = MEMBERS[:max(1, min(len(MEMBERS), args.members))]
    per_year = max(2, -(-promotions // 8))
    rng = random.Random(args.seed)
    csv_dir = os.path.join(args.out, "csv")
    os.makedirs(csv_dir, exist_ok=True)
    database = os.path.join(args.out, "committee.sqlite")
    if not args.csv_only and os.path.exists(database):
        sys.exit("%s exists: remove it or choose another --out" % database)

    environment = dict(os.environ, LC_ALL="C.UTF-8", FAST_COMMITTEE_OPERATOR="generate_committee.py")
    environment.pop("FAST_COMMITTEE_DB", None)

    def run(*arguments):
        done = subprocess.run([args.exe, "--db", database] + list(arguments), env=environment,
                              capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit("fast-committee %s failed:\n%s" % (" ".join(arguments[:3]), done.stderr))

    started = time.time()
    remaining = args.candidates
    for number in range(1, promotions + 1):
        count = min(per, remaining)
        remaining -= count
        rows = candidates_of(rng, number, count)
        candidates_csv = os.path.join(csv_dir, "fast%02d_candidats.csv" % number)
        notes_csv = os.path.join(csv_dir, "fast%02d_notes.csv" % number)
        write_candidates(candidates_csv, rows)
        write_notes(notes_csv, rng, rows, members, args.scored_fraction)
        if args.csv_only:
            continue
        # Two promotions a year as the fund does, packed closer when there are too many for 2019–2026.
        year = 2019 + (number - 1) // per_year
        envelope = french_amount(rng.randrange(1_500_000, 4_000_000) * 100 * max(1, count // 100))
        run("promotion", "add", str(number), "--year", str(year), "--envelope", envelope)
        run("import", "--promotion", str(number), candidates_csv)
        run("members", "add", "--promotion", str(number), *members)
        run("scores", "import", "--promotion", str(number), notes_csv)
        # Past committees have decided: their proposal is applied; the last two promotions stay undecided.
        if number <= promotions - 2:
            run("propose", "--promotion", str(number), "--apply")
        if number % 10 == 0:
            print("%d/%d promotions, %.0f s" % (number, promotions, time.time() - started), flush=True)
    print("%d candidates in %d promotion(s) of %d, %d members each: %s (%.1f s)"
          % (args.candidates, promotions, per, len(members), csv_dir if args.csv_only else database,
             time.time() - started))


if __name__ == "__main__":
    main()
