import { describe, expect, it } from "vitest";
import { closestMatch, didYouMean } from "./did-you-mean.js";

const FRAMEWORKS = ["pci-dss", "hipaa", "soc2", "gdpr", "iso27001"];

describe("closestMatch", () => {
  it("finds typos, case and separator slips", () => {
    expect(closestMatch("hipa", FRAMEWORKS)).toBe("hipaa");
    expect(closestMatch("PCI_DSS", FRAMEWORKS)).toBe("pci-dss");
  });

  it("finds an abbreviation only when one candidate starts with it", () => {
    expect(closestMatch("pci", FRAMEWORKS)).toBe("pci-dss");
    expect(closestMatch("iso", FRAMEWORKS)).toBe("iso27001");
    expect(closestMatch("s", ["soc2", "sox"])).toBeUndefined();
    expect(closestMatch("kubernetes", FRAMEWORKS)).toBeUndefined();
  });

  it("words the suggestion", () => {
    expect(didYouMean("pci", FRAMEWORKS)).toBe('Did you mean "pci-dss"?');
    expect(didYouMean("nothing-like-it", FRAMEWORKS)).toBeUndefined();
  });
});
