// Price list (prislista) for the demo. These are EXAMPLE prices in öre, not the
// agreement's: the real amounts are set in the förfrågningsunderlag and must be entered
// by the agency. BASE_PER_DAY is per day; the other articles are one-off amounts.
import type { Article, Level, ServiceVersion } from "@/lib/generated/prisma/enums";

type Prices = Partial<Record<Article, Record<Level, number>>>;

const ROM2: Prices = {
  BASE_PER_DAY: { A: 14_000, B: 17_500, C: 21_000 },
  RESULT_1: { A: 1_200_000, B: 1_800_000, C: 2_400_000 },
  RESULT_2: { A: 1_200_000, B: 1_800_000, C: 2_400_000 },
  // halved in RoM2 compared with RoM1
  SUPPLEMENT: { A: 300_000, B: 450_000, C: 600_000 },
  SPEED_BONUS: { A: 250_000, B: 375_000, C: 500_000 },
};

const ROM1: Prices = {
  BASE_PER_DAY: { A: 13_000, B: 16_000, C: 19_500 },
  RESULT_1: { A: 2_000_000, B: 3_000_000, C: 4_000_000 },
  SUPPLEMENT: { A: 600_000, B: 900_000, C: 1_200_000 },
  SPEED_BONUS: { A: 500_000, B: 750_000, C: 1_000_000 },
};

export const EXAMPLE_PRICE_LISTS: { serviceVersion: ServiceVersion; validFrom: string; prices: Prices }[] = [
  { serviceVersion: "ROM2", validFrom: "2023-04-01", prices: ROM2 },
  { serviceVersion: "ROM1", validFrom: "2020-01-01", prices: ROM1 },
];

export function examplePriceRows(): { serviceVersion: ServiceVersion; level: Level; article: Article; amountOre: number; validFrom: string }[] {
  return EXAMPLE_PRICE_LISTS.flatMap(({ serviceVersion, validFrom, prices }) =>
    (Object.entries(prices) as [Article, Record<Level, number>][]).flatMap(([article, byLevel]) =>
      (Object.entries(byLevel) as [Level, number][]).map(([level, amountOre]) => ({ serviceVersion, level, article, amountOre, validFrom })),
    ),
  );
}
