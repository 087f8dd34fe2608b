#!/usr/bin/python3
"""The households corpus (tools/corpus/households.py): the name pairs families use.

Run: /usr/bin/python3 -m unittest discover -s tools/tests

Members are drawn by the case's rng; the name pairs (a namesake child, a child with
one of the applicant's two surnames, a father sharing given name and first surname,
a relative with the surnames reordered) by their own, so a household's plan is the
same with or without them and every name stays distinct (case.json refuses two
members with one name).
"""
import datetime as dt
import random
import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus import households  # noqa: E402

SUB = dt.date(2026, 6, 1)


def folded(name):
    return households.td.strip_accents(name).lower()


class NamePairs(unittest.TestCase):
    def draw(self, seed):
        plain = households.make_members(random.Random(seed), SUB)
        paired = households.make_members(random.Random(seed), SUB, random.Random(f"n{seed}"))
        return plain, paired

    def test_pairs_change_only_names_and_keep_them_distinct(self):
        for seed in range(200):
            plain, paired = self.draw(seed)
            names = [folded(m["person"].natural) for m in paired]
            self.assertEqual(len(names), len(set(names)), names)
            # No member is lost to a name made equal to another's; only a relative is added.
            kept = {(m["relation"], m["birth"]) for m in paired}
            self.assertTrue(all((m["relation"], m["birth"]) in kept for m in plain), seed)
            added = [m for m in paired if (m["relation"], m["birth"]) not in
                     {(p["relation"], p["birth"]) for p in plain}]
            self.assertTrue(all(m["relation"] in ("other", "child") for m in added), seed)

    def test_every_kind_of_pair_is_drawn(self):
        seen = set()
        for seed in range(300):
            _, paired = self.draw(seed)
            app = paired[0]["person"]
            for m in paired[1:]:
                p = m["person"]
                if p.given != app.given:
                    continue
                if m["relation"] == "other" and p.surnames == app.surnames[::-1]:
                    seen.add("reordered_relative")
                elif m["relation"] == "parent" and p.surnames[0] == app.surnames[0]:
                    seen.add("namesake_father")
                elif m["relation"] == "child" and p.surnames == app.surnames[:1]:
                    seen.add("one_surname_child")
                elif m["relation"] == "child":
                    seen.add("namesake_child")
        self.assertEqual(seen, {"reordered_relative", "namesake_father", "one_surname_child",
                                "namesake_child"})


if __name__ == "__main__":
    unittest.main()


class FreshSplits(unittest.TestCase):
    def test_every_fresh_split_plans_households(self):
        """A household of a fresh split draws its household-only papers (padrón
        lists, school papers) from held_out and its members' own papers from the split."""
        import tempfile
        from corpus import families
        for split in families.SPLITS[2:]:
            # A split only the dossier has so far (held_out_7 before its presence set is
            # merged) has no member papers to draw: check_split skips it the same way.
            if not any(v == split and f.split("/")[0] in families.REGISTRY for f, v in families.SPLIT.items()):
                continue
            with self.subTest(split=split), tempfile.TemporaryDirectory() as out:
                households.generate_household(out, 3, 0, "clean", split)
                self.assertTrue(list(Path(out).rglob("case.json")))
