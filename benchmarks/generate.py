#!/usr/bin/env python3
"""Generate a large, valid, realistic cxmap journey map for benchmarks.

    python benchmarks/generate.py N OUT.cxmap.yaml [--branches 4] [--stages 20]
                                  [--seed 1] [--long-edges 0.0] [--wave 1|2]

The map follows the cxmap file format version 1 (see docs/format.md): N touchpoints
spread over the stages, several branches (paths) with shared and per-branch
touchpoints that converge in the last stages, departments with ambassadors,
owners, scores (some missing), flags, reach, evidence, standards, some `next`
edges (a few pointing back, i.e. cycles) and about N/20 projects.

--long-edges F   give a fraction F of the touchpoints an extra `next` edge to a
                 touchpoint 3-8 stages later (a stress case for graph layout);
                 touchpoints in the last three stages get none.
--wave 2         the same map re-scored a year later: same ids, about 30 % of
                 the scores moved by +-1 (kept within -2..+2), 1 % of the
                 touchpoints removed and 1 % added, a few renames and flag
                 changes, some projects further along. Generate wave 1 and
                 wave 2 with the same N/options/seed to get a `cxmap diff` pair.

The output is deterministic for a given set of arguments. Standard library only.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import random
import re
import sys
import time
import unicodedata

# --------------------------------------------------------------------------
# vocabulary

DEPARTMENTS = [
    ("marketing", "Marketing i komunikacja", "Joanna Żmuda"),
    ("ecommerce", "E-commerce", "Michał Wiśniewski"),
    ("it", "Dział IT", "Łukasz Kędzierski"),
    ("sales", "Sprzedaż", "Małgorzata Sołtys"),
    ("contact-centre", "Contact centre / infolinia", "Paweł Gęsiak"),
    ("finance", "Finanse", None),
    ("logistics", "Logistyka", "Grzegorz Bąk"),
    ("service", "Serwis i reklamacje", "Anna Łęcka"),
    ("accounting", "Księgowość", None),
    ("legal", "Legal & compliance", "Tom Brennan"),
    ("cx", "Customer Experience", "Katarzyna Źrałek"),
    ("hr", "HR i szkolenia", "Zofia Nowicka-Pietrzyk"),
]

BRANCHES = [
    ("online", "Sklep internetowy"),
    ("store", "Salon stacjonarny"),
    ("phone", "Infolinia / phone sales"),
    ("app", "Aplikacja mobilna"),
    ("partner", "Partner network"),
    ("marketplace", "Marketplace (Allegro, Amazon)"),
    ("b2b", "Opiekun klienta biznesowego"),
    ("kiosk", "Stoisko w galerii handlowej"),
]

STAGE_NAMES = [
    ("awareness", "Inspiracja i świadomość marki"),
    ("research", "Poszukiwanie informacji"),
    ("compare", "Porównanie ofert"),
    ("consult", "Doradztwo"),
    ("choose", "Wybór produktu"),
    ("offer", "Oferta i wycena"),
    ("apply", "Wniosek"),
    ("verify", "Weryfikacja"),
    ("sign", "Podpisanie umowy"),
    ("pay", "Płatność"),
    ("confirm", "Potwierdzenie zamówienia"),
    ("prepare", "Przygotowanie zamówienia"),
    ("ship", "Wysyłka"),
    ("deliver", "Dostawa"),
    ("install", "Montaż i uruchomienie"),
    ("onboard", "Pierwsze użycie"),
    ("use", "Użytkowanie"),
    ("bill", "Rozliczenia i faktury"),
    ("support", "Wsparcie"),
    ("complain", "Reklamacja"),
    ("return", "Zwrot"),
    ("renew", "Przedłużenie umowy"),
    ("loyalty", "Lojalność i polecenia"),
]

# (phrase, ascii slug, typical channel, typical owner)
PHRASES = [
    ("Reklama w mediach społecznościowych", "reklama", "social media", "marketing"),
    ("Newsletter z ofertą", "newsletter", "e-mail", "marketing"),
    ("Karta produktu", "karta-produktu", "web", "ecommerce"),
    ("Porównywarka cen", "porownywarka", "web", "marketing"),
    ("Czat z konsultantem", "czat", "chat", "contact-centre"),
    ("Połączenie z infolinią – menu IVR", "ivr", "phone", "contact-centre"),
    ("Rozmowa z doradcą", "doradca", "phone", "sales"),
    ("Wizyta w salonie", "wizyta", "store", "sales"),
    ("Formularz: dane osobowe", "formularz", "web", "it"),
    ("Weryfikacja tożsamości", "weryfikacja", "app", "legal"),
    ("Wniosek ratalny", "raty", "web", "finance"),
    ("Koszyk i płatność", "koszyk", "web", "ecommerce"),
    ("Płatność BLIK", "blik", "app", "finance"),
    ("Potwierdzenie zamówienia e-mailem", "potwierdzenie", "e-mail", "it"),
    ("Umowa do podpisu", "umowa", "e-mail", "legal"),
    ("Informacja o terminie dostawy", "termin", "sms", "logistics"),
    ("Awizacja kuriera", "awizacja", "sms", "logistics"),
    ("Dostawa z wniesieniem", "dostawa", "courier", "logistics"),
    ("Odbiór w punkcie", "odbior", "store", "logistics"),
    ("Montaż u klienta", "montaz", "on-site", "service"),
    ("Faktura VAT", "faktura", "e-mail", "accounting"),
    ("Pierwsze logowanie do aplikacji", "logowanie", "app", "it"),
    ("Ankieta NPS", "nps", "e-mail", "cx"),
    ("Zgłoszenie reklamacji", "reklamacja", "web", "service"),
    ("Oględziny serwisowe", "ogledziny", "on-site", "service"),
    ("Decyzja reklamacyjna", "decyzja", "letter", "service"),
    ("Zwrot bez podania przyczyny", "zwrot", "courier", "logistics"),
    ("Zwrot pieniędzy", "zwrot-pieniedzy", "bank transfer", "finance"),
    ("Przypomnienie o płatności", "przypomnienie", "sms", "finance"),
    ("Oferta przedłużenia umowy", "przedluzenie", "phone", "sales"),
    ("Program lojalnościowy", "lojalnosc", "app", "marketing"),
    ("Welcome call", "welcome-call", "phone", "cx"),
    ("Order tracking page", "tracking", "web", "ecommerce"),
    ("Delivery slot booking", "slot", "web", "logistics"),
    ("Credit check", "credit-check", "web", "finance"),
    ("Password reset", "password-reset", "app", "it"),
    ("Price-match request", "price-match", "store", "sales"),
    ("Warranty registration", "warranty", "web", "service"),
    ("Callback from an advisor", "callback", "phone", "contact-centre"),
    ("Proactive delay notice", "delay-notice", "sms", "logistics"),
]

QUALIFIERS = [
    "", "", "", "", "", " online", " w salonie", " przez infolinię",
    " — wersja mobilna", " (klient biznesowy)", " for returning customers",
    " (after 6 pm)", " – druga próba", " / partner", ": follow-up",
]

CHANNELS = ["web", "app", "phone", "store", "e-mail", "sms", "courier", "chat",
            "letter", "on-site", "video", "social media", "bank transfer"]

PILLARS = ["integrity", "resolution", "expectations", "time-and-effort",
           "personalisation", "empathy"]

EVIDENCE = [
    "Ankieta NPS {y}",
    "Ankieta satysfakcji po kontakcie ({y})",
    "Nagrania rozmów (200 połączeń, styczeń–marzec {y})",
    "Rejestr reklamacji {py}",
    "Rejestr skarg {py} (kategoria „{cat}”)",
    "Grupy fokusowe (Poznań, Łódź, Gdańsk)",
    "Wywiady pogłębione, 12 osób",
    "Mystery shopping – 30 wizyt",
    "Web analytics",
    "Usability tests (8 participants)",
    "Chat transcripts sample",
    "App store reviews",
    "Social listening: Facebook, X",
]
EVIDENCE_CATS = ["dostawa", "faktura", "raty", "opóźnienie", "obsługa", "zwrot"]

STANDARDS = [
    "Konsultant mówi klientowi, co dalej: w ciągu 3 dni roboczych oddzwoni doradca.",
    "Potwierdzenie w ciągu 15 minut, z numerem sprawy i terminem.",
    "Odpowiedź na reklamację w 7 dni, a przy odmowie telefon z wyjaśnieniem.",
    "The customer never repeats data we already hold.",
    "Queue under 60 seconds, or a callback is offered.",
    "Every delay is announced before the promised date, not after.",
]

NOTES = [
    "Klienci skarżą się na długi czas oczekiwania.",
    "Hipoteza zespołu – do potwierdzenia w grupach fokusowych.",
    "Obietnica ze sprzedaży jest tu weryfikowana.",
    "Trzeba wydrukować, podpisać, zeskanować i odesłać dokument.",
    "Mentioned unprompted in most interviews.",
    "Measured before the new process went live.",
    "Kandydat na wyróżnik (+2).",
    "Duplicate data entry: the customer types the same address twice.",
]

DESCRIPTIONS = [
    "Klient kontaktuje się z firmą po raz pierwszy w tej sprawie.",
    "Dotyczy tylko klientów, którzy wybrali dostawę do domu.",
    "Customer receives a message and has to act on it.",
    "Punkt styku obsługiwany przez partnera zewnętrznego.",
    "Happens for about one customer in five.",
]

COMMENTS = [
    "# wyniki z ankiety NPS — fala {y}",
    "# TODO: potwierdzić flagi w grupach fokusowych",
    "# ocena uzgodniona na warsztacie zespołu CX ({y}-03)",
    "# reach from the quantitative survey, n≈3 000",
    "# see complaints register, category „{cat}”",
    "# ocena -2: klient musi sam wydrukować i odesłać dokumenty",
]

PROJECT_TITLES = [
    "Uproszczenie formularza {x}",
    "Skrócenie menu IVR i opcja oddzwonienia ({x})",
    "Szkolenie: rozmowa z rozczarowanym klientem ({x})",
    "Standard „powiedz, co dalej” – {x}",
    "Automatic status updates for {x}",
    "Pre-fill data we already hold ({x})",
    "Rzetelna obietnica terminu – {x}",
    "Empathy coaching for front-line staff ({x})",
]

STATUSES = ["idea", "planned", "in-progress", "done", "dropped"]
LMH = ["low", "medium", "high"]


# --------------------------------------------------------------------------
# YAML emission (hand-written so the script needs nothing outside stdlib)

_RESERVED = re.compile(
    r"^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO"
    r"|on|On|ON|off|Off|OFF|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")
_NUMLIKE = re.compile(r"^[-+.]?\d|^0[xob]")
_BAD_START = set("-?:,[]{}#&*!|>'\"%@` ")


def scalar(s: str, flow: bool = False) -> str:
    """A string as a YAML 1.2 scalar: plain when unambiguous, else double-quoted."""
    plain = (
        s != ""
        and s == s.strip()
        and s[0] not in _BAD_START
        and ": " not in s
        and " #" not in s
        and not s.endswith(":")
        and not _RESERVED.match(s)
        and not _NUMLIKE.match(s)
        and all(ch.isprintable() for ch in s)
        and not (flow and any(c in s for c in ",[]{}"))
    )
    if plain:
        return s
    return json.dumps(s, ensure_ascii=False)


def flow_list(items) -> str:
    return "[" + ", ".join(scalar(i, flow=True) for i in items) + "]"


# --------------------------------------------------------------------------
# model


def slugify(text: str) -> str:
    s = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "x"


def compatible(a, b) -> bool:
    """Two touchpoints can be on one path (None = shared by every path)."""
    return a is None or b is None or bool(set(a) & set(b))


def distribute(n: int, parts: int, rng: random.Random) -> list[int]:
    if parts <= 0:
        return []
    weights = [rng.uniform(0.5, 1.5) for _ in range(parts)]
    total = sum(weights)
    raw = [n * w / total for w in weights]
    counts = [int(r) for r in raw]
    rest = n - sum(counts)
    order = sorted(range(parts), key=lambda i: (raw[i] - counts[i]), reverse=True)
    for i in order[:rest]:
        counts[i] += 1
    if n >= parts:  # every stage gets at least one touchpoint
        for i in range(parts):
            while counts[i] == 0:
                j = max(range(parts), key=lambda k: counts[k])
                counts[j] -= 1
                counts[i] += 1
    return counts


class Gen:
    def __init__(self, args):
        self.args = args
        self.rng = random.Random(args.seed)
        self.width = max(5, len(str(int(args.n * 1.05) + 10)))
        self.year = 2024
        self.counter = 0

    # ---- touchpoints
    def branches_for(self, si: int, pos: int) -> list[str] | None:
        rng, ids = self.rng, self.branch_ids
        if not ids or si >= self.converge_from:
            return None  # converged: shared by every path
        if si == 0:
            return None if rng.random() < 0.8 else [rng.choice(ids)]
        if pos < len(ids):  # every branch appears in every middle stage
            return [ids[pos]]
        r = rng.random()
        if r < 0.25:
            return None
        if r < 0.85 or len(ids) < 2:
            return [rng.choice(ids)]
        return sorted(rng.sample(ids, 2), key=ids.index)

    def new_touchpoint(self, si: int, pos: int, rng: random.Random | None = None) -> dict:
        rng = rng or self.rng
        self.counter += 1
        phrase, slug, channel, owner = rng.choice(PHRASES)
        tp = {"id": f"t{self.counter:0{self.width}d}-{slug}",
              "name": phrase + rng.choice(QUALIFIERS)}
        if rng.random() < 0.3:
            tp["description"] = rng.choice(DESCRIPTIONS)
        saved = self.rng
        self.rng = rng
        tp["_branches"] = self.branches_for(si, pos)
        self.rng = saved
        tp["_branch_form"] = "branch" if rng.random() < 0.7 else "branches"
        tp["channel"] = channel if rng.random() < 0.8 else rng.choice(CHANNELS)
        tp["owner"] = owner if rng.random() < 0.75 else rng.choice(self.dept_ids)
        r = rng.random()
        if r < 0.85:
            tp["score"] = rng.choices([-2, -1, 0, 1, 2], weights=[8, 20, 35, 25, 12])[0]
            if rng.random() < 0.2:
                tp["target"] = min(2, tp["score"] + rng.choice([0, 1, 1, 2]))
        elif r < 0.88:
            tp["score"] = None  # written as `score: null`
        neg = tp.get("score") is not None and tp["score"] < 0
        if rng.random() < 0.08:
            tp["momentOfTruth"] = True
        if rng.random() < (0.3 if neg else 0.06):
            tp["customerEffort"] = True
        if "momentOfTruth" in tp or "customerEffort" in tp:
            tp["confirmed"] = rng.random() < 0.6
        if rng.random() < 0.45:
            k = rng.random()
            if k < 0.6:
                tp["reach"] = rng.randint(1, 100)
            elif k < 0.8:
                tp["reach"] = f"{rng.randint(1, 100)}%"
            else:
                tp["reach"] = round(rng.uniform(0.1, 99.9), 1)
        if rng.random() < 0.5:
            tp["pillars"] = sorted(rng.sample(PILLARS, rng.randint(1, 3)), key=PILLARS.index)
        if rng.random() < 0.6:
            tp["evidence"] = [
                e.format(y=self.year, py=self.year - 1, cat=rng.choice(EVIDENCE_CATS))
                for e in rng.sample(EVIDENCE, rng.randint(1, 3))]
        if rng.random() < 0.08:
            tp["standard"] = rng.choice(STANDARDS)
        if rng.random() < 0.12:
            tp["notes"] = rng.choice(NOTES)
        if rng.random() < 0.07:
            comment = rng.choice(COMMENTS)
            if "-2" in comment and tp.get("score") != -2:
                comment = COMMENTS[0]
            tp["_comment"] = comment.format(y=self.year, cat=rng.choice(EVIDENCE_CATS))
        return tp

    def build(self):
        a, rng = self.args, self.rng
        self.dept_ids = [d[0] for d in DEPARTMENTS]
        self.departments = DEPARTMENTS
        nb = max(0, a.branches)
        self.branches = []
        for i in range(nb):
            if i < len(BRANCHES):
                self.branches.append(BRANCHES[i])
            else:
                self.branches.append((f"branch-{i + 1}", f"Ścieżka nr {i + 1}"))
        self.branch_ids = [b[0] for b in self.branches]
        ns = max(1, a.stages)
        self.converge_from = ns - max(1, ns // 5) if ns > 1 else ns
        self.stages = []
        for si in range(ns):
            base_id, base_name = STAGE_NAMES[si % len(STAGE_NAMES)]
            rnd = si // len(STAGE_NAMES)
            sid = f"s{si + 1:02d}-{base_id}" + (f"-{rnd + 1}" if rnd else "")
            name = base_name + (f" ({rnd + 1})" if rnd else "")
            st = {"id": sid, "name": name, "touchpoints": []}
            if rng.random() < 0.4:
                st["description"] = f"Etap {si + 1} z {ns}: {base_name.lower()}."
            self.stages.append(st)
        for si, count in enumerate(distribute(a.n, ns, rng)):
            for pos in range(count):
                self.stages[si]["touchpoints"].append(self.new_touchpoint(si, pos))
        self.add_next_edges()
        if a.long_edges > 0:
            self.add_long_edges(a.long_edges)
        self.build_projects()

    # ---- graph helpers
    def order(self):
        return [(si, tp) for si, st in enumerate(self.stages) for tp in st["touchpoints"]]

    def successor(self, flat, i):
        """The next touchpoint in journey order that can share a path with flat[i]."""
        b = flat[i][1]["_branches"]
        for j in range(i + 1, min(len(flat), i + 200)):
            if compatible(b, flat[j][1]["_branches"]):
                return flat[j][1]
        return None

    def add_next_edges(self):
        rng, flat = self.rng, self.order()
        for i, (si, tp) in enumerate(flat):
            r = rng.random()
            if r < 0.03:  # split: the usual successor or skip one step
                cands = [t for _, t in flat[i + 1:i + 6]
                         if compatible(tp["_branches"], t["_branches"])][:3]
                if len(cands) >= 2:
                    tp["next"] = [c["id"] for c in rng.sample(cands, 2)]
            elif r < 0.035 and si >= 2:  # a loop back, e.g. complaint -> re-purchase
                back = self.stages[rng.randint(max(0, si - 3), si - 1)]["touchpoints"]
                back = [t for t in back if compatible(tp["_branches"], t["_branches"])]
                succ = self.successor(flat, i)
                if back:
                    nxt = ([succ["id"]] if succ else []) + [rng.choice(back)["id"]]
                    tp["next"] = nxt
                    tp.setdefault("_comment", "# pętla: reklamacja prowadzi do ponownego zakupu")

    def add_long_edges(self, frac):
        rng, flat = self.rng, self.order()
        ns = len(self.stages)
        for i, (si, tp) in enumerate(flat):
            if rng.random() >= frac or si + 3 >= ns:
                continue
            target_stage = min(ns - 1, si + rng.randint(3, 8))
            cands = [t for t in self.stages[target_stage]["touchpoints"]
                     if compatible(tp["_branches"], t["_branches"])]
            if not cands:
                continue
            far = rng.choice(cands)["id"]
            nxt = tp.get("next")
            if nxt is None:
                succ = self.successor(flat, i)
                nxt = [succ["id"]] if succ else []
            if far not in nxt:
                nxt.append(far)
            tp["next"] = nxt

    def build_projects(self):
        rng = self.rng
        flat = [tp for _, tp in self.order()]
        self.projects = []
        if not flat:
            return
        bad = [tp for tp in flat if (tp.get("score") is not None and tp["score"] < 0)] or flat
        for j in range(max(1, round(len(flat) / 20))):
            pool = bad if rng.random() < 0.7 else flat
            tps = rng.sample(pool, min(len(pool), rng.randint(1, 5)))
            p = {"id": f"p-{j + 1:04d}-{slugify(tps[0]['name'])[:24].strip('-')}",
                 "title": rng.choice(PROJECT_TITLES).format(x=tps[0]["name"].lower()),
                 "kind": "hard" if rng.random() < 0.65 else "soft",
                 "touchpoints": [t["id"] for t in tps]}
            p["cost"] = rng.choice(LMH)
            if rng.random() < 0.75:
                p["impact"] = rng.choice(LMH)
            p["owner"] = rng.choice(self.dept_ids)
            if rng.random() < 0.7:
                p["due"] = _dt.date(self.year, 6, 30) + _dt.timedelta(days=rng.randint(0, 720))
            if rng.random() < 0.7:
                p["budget"] = rng.randint(0, 400) * 1000
            p["status"] = rng.choices(STATUSES, weights=[30, 30, 20, 12, 8])[0]
            if rng.random() < 0.7:
                p["reversible"] = rng.random() < 0.6
            self.projects.append(p)

    # ---- wave 2: the same map re-scored a year later
    def rescore(self, wave: int):
        rng = random.Random(self.args.seed * 7919 + wave)
        self.year += wave - 1
        flat = self.order()
        n = len(flat)
        k = max(1, round(n * 0.01)) if n >= 2 else 0
        removed = {tp["id"] for _, tp in rng.sample(flat, k)} if k else set()
        for st in self.stages:
            st["touchpoints"] = [t for t in st["touchpoints"] if t["id"] not in removed]
        for _, tp in self.order():
            s = tp.get("score")
            if s is not None and rng.random() < 0.30:
                d = rng.choice([-1, 1])
                if not -2 <= s + d <= 2:
                    d = -d
                tp["score"] = s + d
            elif s is None and rng.random() < 0.3:
                tp["score"] = rng.choice([-1, 0, 0, 1])
            if rng.random() < 0.005:
                tp["name"] = tp["name"] + " (nowy proces)"
            if rng.random() < 0.01:
                flag = rng.choice(["momentOfTruth", "customerEffort", "confirmed"])
                tp[flag] = not tp.get(flag, False)
            if "evidence" in tp:
                tp["evidence"] = [e.replace(str(self.year - 1), str(self.year)).replace(
                    str(self.year - 2), str(self.year - 1)) for e in tp["evidence"]]
        for _ in range(k):  # new touchpoints, new ids after the old ones
            si = rng.randrange(len(self.stages))
            tps = self.stages[si]["touchpoints"]
            tp = self.new_touchpoint(si, len(self.branch_ids) + 1, rng)
            tp["_comment"] = f"# nowy punkt styku w fali {self.year}"
            tps.insert(rng.randint(0, len(tps)), tp)
        alive = {tp["id"] for _, tp in self.order()}
        for _, tp in self.order():
            if "next" in tp:
                tp["next"] = [x for x in tp["next"] if x in alive]
                if not tp["next"]:
                    del tp["next"]
        alive_list = [tp["id"] for _, tp in self.order()]
        for p in self.projects:
            p["touchpoints"] = [x for x in p["touchpoints"] if x in alive]
            if not p["touchpoints"]:
                p["touchpoints"] = [rng.choice(alive_list)]
            if p["status"] in ("idea", "planned", "in-progress") and rng.random() < 0.4:
                p["status"] = STATUSES[STATUSES.index(p["status"]) + 1]

    # ---- output
    def emit(self) -> str:
        a = self.args
        out = []
        w = out.append
        w("# Synthetic journey map generated by benchmarks/generate.py")
        w(f"# N={a.n} branches={a.branches} stages={a.stages} seed={a.seed} "
          f"long-edges={a.long_edges} wave={a.wave}")
        w("cxmap: 1")
        w(f"id: bench-{a.n}-s{a.seed}")
        w(f"title: {scalar(f'Benchmark: ścieżka klienta z {a.n} punktami styku')}")
        w("description: Mapa syntetyczna do testów wydajności — zakup, dostawa, posprzedaż.")
        w("persona: Klient indywidualny, 25–55 lat, kupuje online i w salonie")
        w(f"scoredOn: {_dt.date(self.year, 5, 14).isoformat()}")
        w("language: pl")
        w("")
        w("departments:")
        for did, name, amb in self.departments:
            w(f"  - id: {did}")
            w(f"    name: {scalar(name)}")
            if amb:
                w(f"    ambassador: {scalar(amb)}")
        if self.branches:
            w("")
            w("branches:")
            for bid, name in self.branches:
                w(f"  - id: {bid}")
                w(f"    name: {scalar(name)}")
        w("")
        w("stages:")
        counter = 0
        for si, st in enumerate(self.stages):
            w(f"  # ── etap {si + 1}: {st['name']} ──")
            w(f"  - id: {st['id']}")
            w(f"    name: {scalar(st['name'])}")
            if "description" in st:
                w(f"    description: {scalar(st['description'])}")
            if not st["touchpoints"]:
                w("    touchpoints: []")
                continue
            w("    touchpoints:")
            for tp in st["touchpoints"]:
                counter += 1
                if "_comment" in tp:
                    w("      " + tp["_comment"])
                elif counter % 25 == 0:
                    w(f"      # --- {counter} ---")
                self.emit_touchpoint(w, tp)
        if self.projects:
            w("")
            w("# projekty: najpierw szybkie zwycięstwa (niski koszt, wysoki wpływ)")
            w("projects:")
            for p in self.projects:
                w(f"  - id: {p['id']}")
                w(f"    title: {scalar(p['title'])}")
                w(f"    kind: {p['kind']}")
                for key in ("cost", "impact", "owner"):
                    if key in p:
                        w(f"    {key}: {p[key]}")
                w(f"    touchpoints: {flow_list(p['touchpoints'])}")
                if "due" in p:
                    w(f"    due: {p['due'].isoformat()}")
                if "budget" in p:
                    w(f"    budget: {p['budget']}")
                w(f"    status: {p['status']}")
                if "reversible" in p:
                    w(f"    reversible: {'true' if p['reversible'] else 'false'}")
        return "\n".join(out) + "\n"

    @staticmethod
    def emit_touchpoint(w, tp):
        ind = "        "
        w(f"      - id: {tp['id']}")
        w(f"{ind}name: {scalar(tp['name'])}")
        if "description" in tp:
            w(f"{ind}description: {scalar(tp['description'])}")
        b = tp["_branches"]
        if b is not None:
            if len(b) == 1 and tp["_branch_form"] == "branch":
                w(f"{ind}branch: {b[0]}")
            else:
                w(f"{ind}branches: {flow_list(b)}")
        for key in ("channel", "owner"):
            if key in tp:
                w(f"{ind}{key}: {scalar(tp[key])}")
        if "score" in tp:
            w(f"{ind}score: {'null' if tp['score'] is None else tp['score']}")
        if "target" in tp:
            w(f"{ind}target: {tp['target']}")
        for key in ("momentOfTruth", "customerEffort", "confirmed"):
            if key in tp:
                w(f"{ind}{key}: {'true' if tp[key] else 'false'}")
        if "reach" in tp:
            r = tp["reach"]
            w(f"{ind}reach: {json.dumps(r) if isinstance(r, str) else r}")
        if "pillars" in tp:
            w(f"{ind}pillars: {flow_list(tp['pillars'])}")
        if "evidence" in tp:
            ev = tp["evidence"]
            if len(ev) <= 2 and not any(c in e for e in ev for c in ",[]{}"):
                w(f"{ind}evidence: {flow_list(ev)}")
            else:
                w(f"{ind}evidence:")
                for e in ev:
                    w(f"{ind}  - {scalar(e)}")
        if "standard" in tp:
            w(f"{ind}standard: {scalar(tp['standard'])}")
        if "next" in tp:
            w(f"{ind}next: {flow_list(tp['next'])}")
        if "notes" in tp:
            w(f"{ind}notes: {scalar(tp['notes'])}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description="Generate a large synthetic cxmap journey map (format version 1).")
    ap.add_argument("n", type=int, metavar="N", help="number of touchpoints")
    ap.add_argument("out", metavar="OUT.cxmap.yaml", help="output file ('-' for stdout)")
    ap.add_argument("--branches", type=int, default=4,
                    help="number of branches (default 4; 0 = one path)")
    ap.add_argument("--stages", type=int, default=20, help="number of stages (default 20)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--long-edges", type=float, default=0.0, metavar="F",
                    help="fraction of touchpoints with an extra `next` edge 3-8 stages ahead")
    ap.add_argument("--wave", type=int, default=1, choices=[1, 2],
                    help="2 = the same map re-scored a year later (for diff benchmarks)")
    a = ap.parse_args(argv)
    if a.n < 0:
        ap.error("N must be >= 0")
    if a.stages < 1:
        ap.error("--stages must be >= 1")
    if a.branches < 0:
        ap.error("--branches must be >= 0")
    if not 0.0 <= a.long_edges <= 1.0:
        ap.error("--long-edges must be between 0 and 1")

    t0 = time.perf_counter()
    g = Gen(a)
    g.build()
    if a.wave > 1:
        g.rescore(a.wave)
    text = g.emit()
    data = text.encode("utf-8")
    if a.out == "-":
        sys.stdout.write(text)
    else:
        with open(a.out, "wb") as f:
            f.write(data)
    n_tp = sum(len(st["touchpoints"]) for st in g.stages)
    print(f"{a.out}: {n_tp} touchpoints, {len(g.stages)} stages, {len(g.branches)} branches, "
          f"{len(g.projects)} projects, {len(data):,} bytes, {time.perf_counter() - t0:.2f} s",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
