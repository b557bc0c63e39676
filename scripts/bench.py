#!/usr/bin/env python3
"""factcheck measured side by side with its peers, in one run: start-up, claims/updates by size, open+edit+save,
a one-session review, piped sessions, check over many files, diff/merge and re-anchoring.

Called by scripts/bench, which builds the release binary and installs the peers first. Prints Markdown tables
(medians, ratios to the peer, growth ratios) on standard output. With --quick every benchmark runs once on tiny
inputs: it only checks that each still runs (the figures mean nothing).

Usage: scripts/bench.py --factcheck BINARY [--quick] [--only NAME,...] [--work DIR]
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(REPO, "seeds", "cloudwatt-audit.txt")
SEED_ANNOTATIONS = os.path.join(REPO, "annotations", "cloudwatt-audit.json")

SUBJECTS = ["Le ministre", "La mairie", "Le syndicat", "La direction", "Le rapporteur", "La Cour des comptes", "Le préfet"]
VERBS = ["a annoncé", "a confirmé", "conteste", "a publié", "estime", "a détaillé"]
OBJECTS = ["un budget de {} millions d'euros", "la fermeture de {} sites", "une hausse de {} % des effectifs",
           "un plan de {} postes"]


# Seconds past which a command is measured once (whole-process figures of a long run vary little).
SLOW = 3.0


class Failure(Exception):
    """A benchmarked command failed: the harness stops with its output."""


def sentence(i, edited=False):
    """Claim number i (0-based) of a generated article; every sentence is distinct, so N sentences give N claims."""
    ending = "pour l'année" if edited else "pour l'exercice"
    return f"{SUBJECTS[i % 7]} {VERBS[(i // 7) % 6]} {OBJECTS[(i // 42) % 4].format(i + 3)} {ending} {1900 + i % 120}."


def write_article(path, count, edited_every=0):
    """An article of `count` claims, five to a paragraph; with edited_every=k, every k-th claim's wording changes."""
    sentences = [sentence(i, edited=edited_every > 0 and i % edited_every == 0) for i in range(count)]
    paragraphs = [" ".join(sentences[j:j + 5]) for j in range(0, count, 5)]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n\n".join(paragraphs) + "\n")


class Bench:
    def __init__(self, binary, work, quick):
        self.binary = os.path.abspath(binary)
        self.work = work
        self.quick = quick
        self.hyperfine = shutil.which("hyperfine")
        self.sections = []

    # ---- running and measuring -------------------------------------------------------------------------------

    def run(self, command, stdin=None, ok=(0,), cwd=None):
        """Runs a shell command once (for set-up); fails on an unexpected exit status."""
        with open(stdin, "rb") if stdin else open(os.devnull, "rb") as f:
            done = subprocess.run(command, shell=True, stdin=f, capture_output=True, cwd=cwd or self.work)
        if done.returncode not in ok:
            raise Failure(f"`{command}` exited with {done.returncode}:\n{done.stderr.decode(errors='replace')[-2000:]}")
        return done

    def timed(self, command, runs, prepare=None, ok=(0,)):
        """Median wall, CPU (user+sys) seconds and peak resident MiB of `command` over `runs` runs (/usr/bin/time)."""
        walls, cpus, peaks = [], [], []
        for run in range(runs):
            if run > 0 and walls[0] > SLOW:
                break  # one run of a slow command is enough: its noise is small next to its time
            if prepare:
                self.run(prepare)
            with tempfile.NamedTemporaryFile("r", suffix=".time", dir=self.work) as t:
                start = time.perf_counter()
                done = subprocess.run(["/usr/bin/time", "-o", t.name, "-f", "%e %U %S %M", "bash", "-c", command],
                                      cwd=self.work, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                wall = time.perf_counter() - start
                fields = t.read().split()
            if ok is not None and done.returncode not in ok:
                raise Failure(f"`{command}` exited with {done.returncode}:\n{done.stderr.decode(errors='replace')[-2000:]}")
            _, user, system, peak_kb = fields[-4:]
            walls.append(wall)
            cpus.append(float(user) + float(system))
            peaks.append(int(peak_kb) / 1024)
        return statistics.median(walls), statistics.median(cpus), max(peaks)

    def hyper(self, command, runs, prepare=None, shell=True, ok_nonzero=False):
        """Median wall seconds of `command` by hyperfine (falls back to `timed` when hyperfine is missing)."""
        if not self.hyperfine:
            return self.timed(command, runs, prepare=prepare, ok=None if ok_nonzero else (0,))[0]
        if not self.quick and runs > 1:
            # A command slower than SLOW seconds is timed once, without hyperfine's warm-up runs.
            first = self.timed(command, 1, prepare=prepare, ok=None if ok_nonzero else (0,))[0]
            if first > SLOW:
                return first
        return statistics.median(self.hyper_times(command, runs, prepare=prepare, shell=shell, ok_nonzero=ok_nonzero))

    def hyper_times(self, command, runs, prepare=None, shell=True, ok_nonzero=False):
        """The wall seconds of each of `runs` hyperfine runs of `command` (after its warm-up runs)."""
        with tempfile.NamedTemporaryFile("r", suffix=".json", dir=self.work) as out:
            args = [self.hyperfine, "--style", "none", "--runs", str(runs), "--export-json", out.name]
            args += ["--warmup", "1" if self.quick else "3"]
            if not shell:
                args += ["-N"]
            if prepare:
                args += ["--prepare", prepare]
            if ok_nonzero:
                args += ["-i"]
            done = subprocess.run(args + [command], cwd=self.work, capture_output=True)
            if done.returncode != 0:
                raise Failure(f"hyperfine `{command}` failed:\n{done.stderr.decode(errors='replace')[-2000:]}")
            return json.load(out)["results"][0]["times"]

    def alternating(self, commands, rounds, runs, shell=False):
        """Median wall seconds of each command over `rounds` rounds that run every command in turn, `runs` hyperfine
        runs each: a load that changes during the benchmark (this machine is shared) then weighs on all alike."""
        times = {command: [] for command in commands}
        for _ in range(rounds):
            for command in commands:
                if self.hyperfine:
                    times[command] += self.hyper_times(command, runs, shell=shell)
                else:
                    times[command].append(self.timed(command, 1)[0])
        return {command: statistics.median(values) for command, values in times.items()}

    def section(self, title, command_note, header, rows, notes=()):
        self.sections.append((title, command_note, header, rows, list(notes)))
        print(f"bench: {title} done", file=sys.stderr)

    def fc(self, args):
        return f"{self.binary} {args}"

    # ---- fixtures ----------------------------------------------------------------------------------------------

    def article(self, count, edited_every=0):
        path = os.path.join(self.work, f"article-{count}" + (f"-edited-{edited_every}" if edited_every else "") + ".txt")
        if not os.path.exists(path):
            write_article(path, count, edited_every)
        return path

    def annotations(self, count, reviewed_every=0):
        """The annotation file of the `count`-claim article, saved by the shell (every k-th claim verified)."""
        article = self.article(count)
        path = os.path.join(self.work, f"article-{count}" + (f"-verified-{reviewed_every}" if reviewed_every else "") + ".json")
        if not os.path.exists(path):
            script = os.path.join(self.work, "make-annotations.txt")
            with open(script, "w") as f:
                if reviewed_every:
                    for n in range(1, count + 1, reviewed_every):
                        f.write(f"verify {n} checked\n")
                f.write("save\n")
            self.run(self.fc(f"shell {article} --annotations {path} --editor bench"), stdin=script)
        return path

    def french(self, megabytes):
        path = os.path.join(self.work, f"fr-{megabytes}mb.txt")
        if not os.path.exists(path):
            self.run(f"{sys.executable} {REPO}/scripts/gen-french.py {megabytes} {path}")
        return path

    # ---- the benchmarks ----------------------------------------------------------------------------------------

    def startup(self):
        rounds, runs = (1, 3) if self.quick else (5, 8)
        rows = []
        sqlite_command = "sqlite3 :memory: .quit"
        python_command = f"{sys.executable} -c 'import json'"
        mine = [("factcheck claims (seed)", self.fc(f"claims {SEED}")), ("factcheck --help", self.fc("--help"))]
        commands = [command for _, command in mine] + [python_command]
        if shutil.which("sqlite3"):
            commands.insert(0, sqlite_command)
        medians = self.alternating(commands, rounds, runs)
        sqlite = medians.get(sqlite_command)
        python = medians[python_command]
        for name, command in mine:
            t = medians[command]
            peak = self.timed(command, 1)[2]
            rows.append([name, ms(t), ratio(t, sqlite), ratio(t, python), f"{peak:.1f}"])
        rows.append(["sqlite3 :memory: .quit", ms(sqlite), "1.00", ratio(sqlite, python), ""])
        rows.append(["python3 -c 'import json'", ms(python), ratio(python, sqlite), "1.00", ""])
        self.section("Start-up", f"hyperfine -N --warmup 3 --runs {runs} COMMAND, {rounds} rounds taking the commands in turn; "
                     "median of all runs", ["command", "median ms", "× sqlite3", "× python3", "peak MiB"], rows)

    def sizes(self):
        sizes = [0.05, 0.5] if self.quick else [1, 10, 100]
        runs = 1 if self.quick else 3
        rows, notes = [], []
        for verb in ["claims", "updates"]:
            previous = None
            for mb in sizes:
                path = self.french(mb)
                size = os.path.getsize(path) / 2**20
                wall, cpu, peak = self.timed(self.fc(f"{verb} {path} > /dev/null"), runs)
                growth = f"{wall / previous:.2f}" if previous else ""
                rows.append([f"factcheck {verb}", f"{mb} MB", f"{wall:.3f}", (f"{size / wall:.1f}" if wall else ""), f"{peak:.1f}",
                             f"{peak / size:.2f}", growth])
                previous = wall
        if shutil.which("wc"):
            path = self.french(sizes[-1])
            wall, _, peak = self.timed(f"wc -l {path} > /dev/null", runs)
            rows.append(["wc -l (reading only)", f"{sizes[-1]} MB", f"{wall:.3f}", "", f"{peak:.1f}", "", ""])
        notes.append(f"growth: time of this size over the previous one (sizes grow 10×); median of {runs} runs, peak of the runs")
        self.section("`claims` and `updates` by size (gen-french.py text)", "/usr/bin/time -f '%e %U %S %M' factcheck VERB FILE > /dev/null",
                     ["command", "input", "seconds", "MiB/s", "peak MiB", "peak ÷ input", "growth"], rows, notes)

    def edit_save(self):
        counts = [200, 2000] if self.quick else [10_000, 100_000]
        runs = 1 if self.quick else 5
        rows = []
        for count in counts:
            article = self.article(count)
            original = self.annotations(count)
            copy = os.path.join(self.work, f"edit-{count}.json")
            script = os.path.join(self.work, "edit-script.txt")
            with open(script, "w") as f:
                f.write("verify 1 checked\nsave\nquit\n")
            prepare = f"cp {original} {copy}"
            mine = self.hyper(self.fc(f"shell {article} --annotations {copy} --editor bench < {script} > /dev/null"), runs, prepare=prepare)
            _, _, peak = self.timed(self.fc(f"shell {article} --annotations {copy} --editor bench < {script}"), 1, prepare=prepare)
            peer = os.path.join(self.work, "python-roundtrip.py")
            with open(peer, "w") as f:
                f.write("import json, sys\n"
                        "with open(sys.argv[1], encoding='utf-8') as f: data = json.load(f)\n"
                        "data['claims'][0]['status'] = 'verified'\n"
                        "with open(sys.argv[2], 'w', encoding='utf-8') as f:\n"
                        "    json.dump(data, f, ensure_ascii=False, indent=2); f.write('\\n')\n")
            py_out = os.path.join(self.work, f"python-{count}.json")
            python = self.hyper(f"{sys.executable} {peer} {original} {py_out}", runs)
            size = os.path.getsize(original) / 2**20
            rows.append([f"{count:,}", f"{size:.1f}", ms(mine), ms(python), ratio(mine, python), f"{peak:.1f}"])
        growth = [f"factcheck {ratio(float(rows[1][2]), float(rows[0][2])) or 'n/a'}× for 10× the claims; "
                  f"python {ratio(float(rows[1][3]), float(rows[0][3])) or 'n/a'}×"]
        self.section("Open, edit one verdict, save", "printf 'verify 1 checked\\nsave\\nquit\\n' | factcheck shell ARTICLE --annotations FILE; "
                     "peer: python3 json.load + json.dump(ensure_ascii=False, indent=2) of the same file",
                     ["claims", "file MiB", "factcheck ms", "python ms", "× python", "factcheck peak MiB"], rows, growth)

    def review(self):
        counts = [50, 100, 200] if self.quick else [1000, 2000, 4000]
        rows = []
        previous = None
        for count in counts:
            article = self.article(count)
            original = self.annotations(count)
            copy = os.path.join(self.work, f"review-{count}.json")
            script = os.path.join(self.work, f"review-{count}-script.txt")
            with open(script, "w") as f:
                for n in range(1, count + 1):
                    f.write(f"verify {n} checked in the archive\n")
                f.write("save\nquit\n")
            wall, cpu, peak = self.timed(self.fc(f"shell {article} --annotations {copy} --editor bench < {script}"),
                                         1 if self.quick else 3, prepare=f"cp {original} {copy}")
            growth = ratio(cpu, previous)
            rows.append([f"{count:,}", f"{wall:.2f}", f"{cpu:.2f}", growth, f"{peak:.1f}"])
            previous = cpu
        self.section("A one-session review of every claim", "printf 'verify N checked in the archive\\n' for every N, then save: "
                     "factcheck shell ARTICLE --annotations FILE < SCRIPT under /usr/bin/time",
                     ["claims", "wall s", "CPU s", "CPU growth per doubling", "peak MiB"], rows)

    def sessions(self):
        counts = [20, 200] if self.quick else [1000, 10_000]
        rounds = 1 if self.quick else 5
        statuses = ["verify", "dispute"]
        commands = {}  # count -> (factcheck command, its prepare, sqlite3 command or None, its prepare)
        for count in counts:
            copy = os.path.join(self.work, f"session-{count}.json")
            script = os.path.join(self.work, f"session-{count}-script.txt")
            with open(script, "w") as f:
                for i in range(count):
                    f.write(f"{statuses[(i // 14) % 2]} {i % 14 + 1} note {i}\n")
                f.write("quit --discard\n")
            mine = (self.fc(f"shell {SEED} --annotations {copy} --editor bench < {script}"), f"cp {SEED_ANNOTATIONS} {copy}")
            peer = (None, None)
            if shutil.which("sqlite3"):
                db = os.path.join(self.work, f"session-{count}.db")
                sql = os.path.join(self.work, f"session-{count}.sql")
                with open(sql, "w") as f:
                    f.write("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=FULL;\n")
                    for i in range(count):
                        f.write(f"UPDATE claims SET status='{statuses[(i // 14) % 2]}', note='note {i}' WHERE n={i % 14 + 1};\n")
                prepare = (f"rm -f {db} {db}-wal {db}-shm && sqlite3 {db} \"CREATE TABLE claims(n INTEGER PRIMARY KEY, status TEXT, note TEXT);"
                           + "".join(f" INSERT INTO claims VALUES({n}, 'unreviewed', '');" for n in range(1, 15)) + "\"")
                peer = (f"sqlite3 {db} < {sql}", prepare)
            commands[count] = mine + peer
        # Each edit waits for an fsync, whose time follows the disk's other load: the sizes and the peer are taken in
        # turn, one run each per round, so that a slow minute weighs on all of them alike.
        measured = {count: {"wall": [], "cpu": [], "peak": [], "sqlite": []} for count in counts}
        for _ in range(rounds):
            for count in counts:
                command, prepare, peer, peer_prepare = commands[count]
                wall, cpu, peak = self.timed(command, 1, prepare=prepare)
                measured[count]["wall"].append(wall)
                measured[count]["cpu"].append(cpu)
                measured[count]["peak"].append(peak)
                if peer:
                    measured[count]["sqlite"].append(self.timed(peer, 1, prepare=peer_prepare)[0])
        rows, figures = [], []
        for count in counts:
            m = measured[count]
            wall, cpu = statistics.median(m["wall"]), statistics.median(m["cpu"])
            sqlite = statistics.median(m["sqlite"]) if m["sqlite"] else None
            rows.append([f"{count:,}", ms(wall), ms(cpu), ms(sqlite), ratio(wall, sqlite), f"{max(m['peak']):.1f}"])
            figures.append((wall, cpu, sqlite))
        (w1, c1, s1), (w2, c2, s2) = figures
        # Quick runs can take 0 ms of CPU (counted in 10 ms steps): ratio() leaves such a figure empty.
        notes = [f"10× the commands: factcheck {ratio(w2, w1) or 'n/a'}× the wall time ({ratio(c2, c1) or 'n/a'}× the CPU time)"
                 + (f", sqlite3 {ratio(s2, s1)}×" if s1 else ""),
                 f"median of {rounds} rounds, each running every size and the peer in turn (one run each)"]
        self.section("Piped sessions on the seed (each edit journaled and fsynced)",
                     "factcheck shell seeds/cloudwatt-audit.txt < SCRIPT (verify/dispute N note I, then quit --discard) under /usr/bin/time; "
                     "peer: sqlite3 FILE.db < SQL, one autocommitted UPDATE per command, WAL, synchronous=FULL",
                     ["commands", "factcheck ms", "factcheck CPU ms", "sqlite3 ms", "× sqlite3", "factcheck peak MiB"], rows, notes)

    def check_tree(self, count):
        root = os.path.join(self.work, f"check-{count}")
        if os.path.exists(os.path.join(root, "done")):
            return root
        shutil.rmtree(root, ignore_errors=True)
        os.makedirs(os.path.join(root, "seeds"))
        shutil.copy(SEED, os.path.join(root, "seeds"))
        with open(SEED_ANNOTATIONS, encoding="utf-8") as f:
            text = f.read()
        marker = '"note": ""'
        for i in range(count):
            directory = os.path.join(root, "files", f"{i // 1000:03d}")
            os.makedirs(directory, exist_ok=True)
            with open(os.path.join(directory, f"a{i:06d}.json"), "w", encoding="utf-8") as f:
                f.write(text.replace(marker, f'"note": "bench {i}"', 1))
        open(os.path.join(root, "done"), "w").close()
        return root

    def check(self):
        counts = [20, 200] if self.quick else [10_000, 100_000]
        runs = 1 if self.quick else 3
        rows, walls = [], []
        for count in counts:
            root = self.check_tree(count)
            mine = self.hyper(self.fc(f"check {root}/files > /dev/null"), runs, ok_nonzero=True)
            _, cpu, peak = self.timed(self.fc(f"check {root}/files"), 1, ok=(0, 1))
            jq = None
            if shutil.which("jq"):
                jq = self.hyper(f"find {root}/files -name '*.json' -print0 | xargs -0 jq -r '.claims[].status' | sort | uniq -c > /dev/null", runs)
            rows.append([f"{count:,}", ms(mine), f"{cpu / mine:.2f}" if mine else "", ms(jq), ratio(mine, jq), f"{peak:.1f}"])
            walls.append((mine, jq))
        notes = [f"10× the files: factcheck {ratio(walls[1][0], walls[0][0]) or 'n/a'}× the time" + (f", jq {ratio(walls[1][1], walls[0][1])}×" if walls[0][1] else ""),
                 "cores used: CPU seconds ÷ wall seconds of one run"]
        self.section("`check` over many files (copies of the seed's annotation file, one article)",
                     "factcheck check DIR; peer: find DIR -name '*.json' -print0 | xargs -0 jq -r '.claims[].status' | sort | uniq -c",
                     ["files", "factcheck ms", "cores used", "jq ms", "× jq", "factcheck peak MiB"], rows, notes)

    def diff_merge(self):
        count = 200 if self.quick else 10_000
        runs = 1 if self.quick else 5
        base = self.annotations(count)
        ours = self.annotations(count, reviewed_every=7)
        theirs_script = os.path.join(self.work, "theirs-script.txt")
        theirs = os.path.join(self.work, f"article-{count}-theirs.json")
        if not os.path.exists(theirs):
            shutil.copy(base, theirs)
            with open(theirs_script, "w") as f:
                for n in range(3, count + 1, 11):
                    f.write(f"dispute {n} contested\n")
                f.write("save\n")
            self.run(self.fc(f"shell {self.article(count)} --annotations {theirs} --editor other"), stdin=theirs_script)
        rows = []
        diff = self.hyper(self.fc(f"diff {base} {ours} > /dev/null"), runs, ok_nonzero=True)
        gnu = self.hyper(f"diff -u {base} {ours} > /dev/null", runs, ok_nonzero=True)
        rows.append(["diff BASE OURS", ms(diff), "GNU diff -u", ms(gnu), ratio(diff, gnu)])
        work = os.path.join(self.work, "merge-ours.json")
        merge = self.hyper(self.fc(f"merge {base} {work} {theirs} > /dev/null"), runs, prepare=f"cp {ours} {work}", ok_nonzero=True)
        git = self.hyper(f"git merge-file -p {work} {base} {theirs} > /dev/null", runs, prepare=f"cp {ours} {work}", ok_nonzero=True)
        rows.append(["merge BASE OURS THEIRS", ms(merge), "git merge-file -p", ms(git), ratio(merge, git)])
        self.section(f"`diff` and `merge` of {count:,}-claim files", "factcheck diff|merge …; peers on the same files",
                     ["factcheck", "ms", "peer", "peer ms", "× peer"], rows,
                     [f"ours verifies every 7th claim, theirs disputes every 11th from the 3rd"])

    def reanchor(self):
        count = 200 if self.quick else 10_000
        runs = 1 if self.quick else 5
        annotations = self.annotations(count, reviewed_every=3)
        rows, walls = [], []
        script = os.path.join(self.work, "quit-script.txt")
        with open(script, "w") as f:
            f.write("quit --discard\n")
        for label, every in [("1×", 100), ("10×", 10)]:
            article = self.article(count, edited_every=every)
            copy = os.path.join(self.work, "reanchor.json")
            command = self.fc(f"shell {article} --annotations {copy} --editor bench < {script} > /dev/null 2>&1")
            t = self.hyper(command, runs, prepare=f"cp {annotations} {copy}")
            _, _, peak = self.timed(command, 1, prepare=f"cp {annotations} {copy}")
            rows.append([label, f"{count // every:,}", ms(t), f"{peak:.1f}"])
            walls.append(t)
        same = self.hyper(self.fc(f"shell {self.article(count)} --annotations {annotations} --editor bench < {script} > /dev/null 2>&1"), runs)
        rows.append(["none (same article)", "0", ms(same), ""])
        self.section(f"Re-anchoring {count:,} claims (a third reviewed) in an edited article",
                     "factcheck shell EDITED --annotations FILE < 'quit --discard' (opening re-anchors)",
                     ["edits", "sentences reworded", "ms", "peak MiB"], rows,
                     [f"10× the edits: {ratio(walls[1], walls[0]) or 'n/a'}× the time"])

    def report(self):
        out = []
        for title, command, header, rows, notes in self.sections:
            out.append(f"### {title}\n")
            out.append(f"`{command}`\n")
            out.append("| " + " | ".join(header) + " |")
            out.append("|" + "---|" * len(header))
            for row in rows:
                out.append("| " + " | ".join(str(c) for c in row) + " |")
            out.append("")
            for note in notes:
                out.append(f"- {note}")
            out.append("")
        return "\n".join(out)


def ms(seconds):
    """Milliseconds with one decimal, or empty when the peer was not measured."""
    return "" if seconds is None else f"{seconds * 1000:.1f}"


def ratio(a, b):
    return "" if a is None or b is None or b == 0 else f"{a / b:.2f}"


ALL = ["startup", "sizes", "edit_save", "review", "sessions", "check", "diff_merge", "reanchor"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--factcheck", required=True)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", default=",".join(ALL))
    parser.add_argument("--work", default=os.path.join(REPO, ".build-bench", "work"))
    args = parser.parse_args()
    work = os.path.abspath(args.work) + ("-quick" if args.quick else "")
    os.makedirs(work, exist_ok=True)
    bench = Bench(args.factcheck, work, args.quick)
    try:
        for name in args.only.split(","):
            if name not in ALL:
                sys.exit(f"bench: unknown benchmark {name!r} (known: {', '.join(ALL)})")
            getattr(bench, name)()
    except Failure as failure:
        print(bench.report())
        sys.exit(f"bench: {failure}")
    print(bench.report())


if __name__ == "__main__":
    main()
