import { describe, expect, it } from "vitest";
import { type XmlEvents, XmlReader, sniffEncoding } from "./xml-reader.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);

function read(chunks: readonly Uint8Array[]) {
  const events: string[] = [];
  const handler: XmlEvents = {
    open: (local, attributes) => events.push(`<${local}${attributes["a"] ? ` a=${attributes["a"]}` : ""}>`),
    text: (text) => {
      if (text.trim()) events.push(text);
    },
    close: (local) => events.push(`</${local}>`),
  };
  const reader = new XmlReader(handler);
  for (const chunk of chunks) reader.write(chunk);
  return { events, outcome: reader.end() };
}

describe("XmlReader", () => {
  it.each([
    ["a byte-order mark", "\uFEFF<?xml version='1.0'?><r><x>1</x></r>"],
    ["whitespace before <?xml (Strava TCX)", '          \n <?xml version="1.0"?><r><x>1</x></r>'],
    ["an undeclared prefix (StravaGPX)", "<r><gpxdata:x>1</gpxdata:x></r>"],
    ["a declared prefix", "<r xmlns:ns3='urn:x'><ns3:x>1</ns3:x></r>"],
    ["an unknown entity", "<r><x>1</x><n>a&nbsp;b</n></r>"],
  ])("reads a document with %s", (_, doc) => {
    const { events, outcome } = read([utf8(doc)]);
    expect(outcome).toEqual({ ok: true });
    expect(events.slice(0, 4)).toEqual(["<r>", "<x>", "1", "</x>"]);
  });

  it("gives the same events whatever the chunking, even inside a multi-byte character", () => {
    const doc = utf8("<r a='é'><x>Zürich 🏃</x></r>");
    const whole = read([doc]).events;
    for (let cut = 1; cut < doc.length; cut++) {
      expect(read([doc.subarray(0, cut), doc.subarray(cut)]).events).toEqual(whole);
    }
  });

  it("decodes an ISO-8859-1 document as declared", () => {
    const doc = Uint8Array.from([
      ...utf8("<?xml version='1.0' encoding='ISO-8859-1'?><r><x>"),
      0xe9,
      ...utf8("</x></r>"),
    ]);
    expect(read([doc]).events).toContain("é");
  });

  it.each([
    ["an empty file", "", "the file is empty", false],
    ["only whitespace", "   \n", "the file is empty", false],
    ["binary data", "PK\u0003\u0004garbage", "not an XML document", false],
    ["a cut-off document", "<r><x>1</x><x>2", "unclosed tag", true],
    ["mismatched tags", "<r><x>1</y></r>", "unexpected close tag", false],
  ])("reports %s", (_, doc, message, truncated) => {
    const { outcome } = read([utf8(doc)]);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.message).toContain(message);
      expect(outcome.truncated).toBe(truncated);
    }
  });

  it.each([
    [[0xef, 0xbb, 0xbf, 0x3c], "utf-8"],
    [[0xff, 0xfe, 0x3c, 0], "utf-16le"],
    [[...utf8("<?xml version='1.0' encoding='windows-1252'?>")], "windows-1252"],
    [[...utf8("<?xml version='1.0' encoding='UTF-16'?>")], "utf-8"],
    [[...utf8("<?xml version='1.0' encoding='no-such'?>")], "utf-8"],
    [[...utf8("<gpx>")], "utf-8"],
  ])("sniffs %j as %s", (bytes, encoding) => {
    expect(sniffEncoding(Uint8Array.from(bytes))).toBe(encoding);
  });
});
