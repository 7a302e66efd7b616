// The welcome letter's texts (välkomstbrev), in Swedish and English, chosen per letter.
import { describe, expect, it } from "vitest";
import { letterLanguage, welcomeLetter, type WelcomeLetterFacts } from "@/features/welcome-letters/welcome-letter";

const facts = (over: Partial<WelcomeLetterFacts> = {}): WelcomeLetterFacts => ({
  today: "2026-11-15",
  firstName: "Åsa",
  serviceName: "Rusta och matcha 2",
  supplierName: "Framtidsvägen AB",
  periodStart: "2026-11-02",
  periodEnd: "2027-05-01",
  handledare: { name: "Mira Mottagare-Rapport", email: "mira@framtidsvagen.example.se", phone: "070-174 06 10" },
  firstMeetingDate: "2026-11-20",
  implementationReference: "GR-2026-ABCDEFGH",
  ...over,
});

const text = (l: ReturnType<typeof welcomeLetter>) => [l.date, l.title, l.greeting, ...l.intro, l.whereHeading, ...l.outro].join("\n");

describe("the Swedish welcome letter", () => {
  it("names the service, the supplier, the period in Swedish dates, and the handledare with phone and e-mail", () => {
    const l = welcomeLetter("sv", facts());
    expect(l.date).toBe("15 nov. 2026");
    expect(l.title).toBe("Välkommen till Rusta och matcha 2!");
    expect(l.greeting).toBe("Hej Åsa!");
    expect(l.intro).toEqual([
      "Arbetsförmedlingen har beslutat att du ska delta i Rusta och matcha 2 hos Framtidsvägen AB. Din period pågår från 2 nov. 2026 till 1 maj 2027.",
      "Din handledare är Mira Mottagare-Rapport. Ert första möte är bokat till 20 nov. 2026.",
      "Du når din handledare på telefon 070-174 06 10 eller e-post mira@framtidsvagen.example.se.",
    ]);
    expect(l.whereHeading).toBe("Här finns vi");
    expect(l.outro).toEqual([
      "Ta med det här brevet till första mötet. Ange genomförandereferensen GR-2026-ABCDEFGH om du kontaktar oss.",
      "Välkommen!",
    ]);
  });

  it("gives only the e-mail when the handledare's phone is not known, and no meeting date when none is booked", () => {
    const l = welcomeLetter("sv", facts({ handledare: { name: "Kim Berg", email: "kim@x.example.se", phone: null }, firstMeetingDate: null }));
    expect(l.intro.slice(1)).toEqual([
      "Din handledare är Kim Berg. Din handledare kontaktar dig för att boka ett första möte.",
      "Du når din handledare på e-post kim@x.example.se.",
    ]);
  });

  it("printed after the first meeting, promises no meeting: it neither books one nor names a past date (issue #14)", () => {
    for (const language of ["sv", "en"] as const) {
      const l = welcomeLetter(language, facts({ today: "2026-12-02", firstMeetingDate: "2026-09-27" }));
      const all = text(l);
      expect(all).not.toMatch(/27 sep|27 September|boka|book|första mötet|first meeting/);
      expect(l.intro[1]).toBe(language === "sv" ? "Din handledare är Mira Mottagare-Rapport." : "Your coach (handledare) is Mira Mottagare-Rapport.");
    }
    // On the meeting's own day it is still booked.
    expect(welcomeLetter("sv", facts({ today: "2026-11-20" })).intro[1]).toBe("Din handledare är Mira Mottagare-Rapport. Ert första möte är bokat till 20 nov. 2026.");
  });

  it("says a handledare will be named soon when there is none yet", () => {
    const l = welcomeLetter("sv", facts({ handledare: null }));
    expect(l.intro.slice(1)).toEqual(["Du får snart veta vem som blir din handledare."]);
  });
});

describe("the English welcome letter", () => {
  it("says the same in English, with English dates, keeping the Swedish names of the service and the reference", () => {
    const l = welcomeLetter("en", facts());
    expect(l.date).toBe("15 November 2026");
    expect(l.title).toBe("Welcome to Rusta och matcha 2!");
    expect(l.greeting).toBe("Dear Åsa,");
    expect(l.intro).toEqual([
      "The Swedish Public Employment Service (Arbetsförmedlingen) has decided that you will take part in Rusta och matcha 2 with Framtidsvägen AB. Your period runs from 2 November 2026 to 1 May 2027.",
      "Your coach (handledare) is Mira Mottagare-Rapport. Your first meeting is booked for 20 November 2026.",
      "You can reach your coach by phone on 070-174 06 10 or by e-mail at mira@framtidsvagen.example.se.",
    ]);
    expect(l.whereHeading).toBe("Where to find us");
    expect(l.outro).toEqual([
      "Please bring this letter to your first meeting. Quote the reference number (genomförandereferens) GR-2026-ABCDEFGH if you contact us.",
      "Welcome!",
    ]);
  });

  it("without phone, meeting or handledare", () => {
    expect(welcomeLetter("en", facts({ handledare: { name: "Kim Berg", email: "kim@x.example.se", phone: "  " }, firstMeetingDate: null })).intro.slice(1)).toEqual([
      "Your coach (handledare) is Kim Berg. Your coach will contact you to book a first meeting.",
      "You can reach your coach by e-mail at kim@x.example.se.",
    ]);
    expect(welcomeLetter("en", facts({ handledare: null })).intro.slice(1)).toEqual(["You will soon hear who your coach (handledare) will be."]);
  });

  it("has no Swedish sentences left", () => {
    const all = text(welcomeLetter("en", facts()));
    for (const word of ["Hej", "Din ", "Välkommen", "Här finns", " maj ", " nov."]) expect(all).not.toContain(word);
  });
});

describe("letterLanguage", () => {
  it("is English only when asked for, Swedish otherwise", () => {
    expect(letterLanguage("en")).toBe("en");
    expect(letterLanguage("EN")).toBe("en");
    expect(letterLanguage("sv")).toBe("sv");
    expect(letterLanguage(undefined)).toBe("sv");
    expect(letterLanguage("de")).toBe("sv");
    expect(letterLanguage(["en", "sv"])).toBe("en");
  });
});
