"""Write examples/rewards.csv: 1,000 reward rows for `make demo` (deterministic; run to regenerate).

`python examples/make_rewards_csv.py FILE COUNT` writes COUNT rows to FILE instead (`make demo-async`
writes 10,000; the first 1,000 are those of examples/rewards.csv).

The items are from the emulator's seeded catalog: variable-value Tango Card, Amazon.com and
Starbucks items, and the fixed-value Apple $25 card.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

FIRST = ["Ann", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jo", "Kai", "Lu", "Max", "Noa", "Oli"]
LAST = ["Lee", "Ng", "Diaz", "Okafor", "Smith", "Novak", "Ito", "Khan", "Berg", "Costa", "Moreau", "Silva"]
ITEMS = [("U561593", None), ("U157189", None), ("U785321", None), ("U666426", "25.00")]
AMOUNTS = ["5.00", "10.00", "15.00", "20.00", "25.00", "50.00"]
MESSAGES = [
    "Thanks for a great quarter!",
    "Congratulations on your anniversary.",
    "Thank you for the survey.",
]


def rows(count: int, seed: int = 2026) -> list[list[str]]:
    rng = random.Random(seed)
    out = []
    for n in range(1, count + 1):
        utid, fixed = rng.choice(ITEMS)
        first, last = rng.choice(FIRST), rng.choice(LAST)
        email = f"{first.lower()}.{last.lower()}.{n:04d}@example.com"
        out.append([email, first, last, fixed or rng.choice(AMOUNTS), utid, rng.choice(MESSAGES)])
    return out


def main() -> None:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("rewards.csv")
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    with target.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(
            ["recipient_email", "recipient_first_name", "recipient_last_name", "amount", "utid", "message"]
        )
        writer.writerows(rows(count))


if __name__ == "__main__":
    main()
