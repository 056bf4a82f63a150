#!/usr/bin/env python3
"""Draws a blind-read sample (issue 10; see src/test/resources/corpus/blind-reads/README.md).

Usage: blind_sample.py ITEMS.json CORPUS_DIR N SEED > read-K-items.md

ITEMS.json is `java -jar target/article-quiz-cli.jar generate --seed S CORPUS_DIR` output. N items are drawn at random
with SEED (all of them when there are fewer) and written with their options, key, explanation and source paragraph,
and nothing else: no confidence, no reasons, no form, so the reader judges what a student and a teacher would see.
"""
import json
import pathlib
import random
import sys


def paragraph(text, sentence):
    for p in text.split("\n\n"):
        if sentence[:60] in " ".join(p.split()):
            return " ".join(p.split())
    return sentence


def main():
    items_file, corpus, n, seed = sys.argv[1], pathlib.Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    items = json.load(open(items_file, encoding="utf-8"))["items"]
    sample = random.Random(seed).sample(items, min(n, len(items)))
    out = []
    for i, it in enumerate(sample, 1):
        text = (corpus / it["article"]).read_text(encoding="utf-8")
        out.append(f"### Item {i} (article: {it['article']})")
        out.append(f"STEM: {it['stem']}")
        for j, o in enumerate(it["options"]):
            out.append(f"   {'ABCDEFGH'[j]}. {o}")
        out.append(f"KEY: {'ABCDEFGH'[it['answer']]}")
        out.append(f"EXPLANATION: {it['explanation']}")
        out.append(f"SOURCE PARAGRAPH: {paragraph(text, ' '.join(it['source']['sentence'].split()))}")
        out.append("")
    print(f"<!-- {len(sample)} of {len(items)} items -->")
    print("\n".join(out))


if __name__ == "__main__":
    main()
