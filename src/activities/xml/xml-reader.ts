// Streaming XML for the GPX and TCX decoders: bytes in (any chunking), element events by local name out.
// Wraps saxes without namespace processing, so undeclared prefixes (StravaGPX) are not an error, and
// forgives what real exports do wrong: a byte-order mark or whitespace before `<?xml` (Strava TCX).
import { TextDecoder } from "node:util";
import { SaxesParser } from "saxes";

export interface XmlEvents {
  /** `local` is the element name without its prefix (`ns3:hr` -> `hr`). */
  open(local: string, attributes: Readonly<Record<string, string>>): void;
  text(text: string): void;
  close(local: string): void;
}

export type XmlOutcome =
  | { readonly ok: true }
  /** `truncated`: the document ended inside an element (a cut-off file); what came before was read. */
  | { readonly ok: false; readonly message: string; readonly truncated: boolean };

/** Bytes looked at to find the encoding before the first character is decoded. */
const SNIFF_BYTES = 512;

export class XmlReader {
  private readonly parser: SaxesParser;
  private decoder: TextDecoder | null = null;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private seenMarkup = false;
  private failure: { message: string; truncated: boolean } | null = null;

  constructor(events: XmlEvents) {
    this.parser = new SaxesParser({ xmlns: false, position: true });
    this.parser.on("opentag", (tag) => events.open(localName(tag.name), tag.attributes));
    this.parser.on("text", (text) => events.text(text));
    this.parser.on("cdata", (text) => events.text(text));
    this.parser.on("closetag", (tag) => events.close(localName(tag.name)));
    this.parser.on("error", (error) => this.onError(error));
  }

  /** Feeds the next bytes; returns false once the document has failed (further input is ignored). */
  write(chunk: Uint8Array): boolean {
    if (this.failure) return false;
    if (!this.decoder) {
      this.pending.push(chunk);
      this.pendingBytes += chunk.length;
      if (this.pendingBytes < SNIFF_BYTES) return true;
      return this.startDecoding(false);
    }
    return this.feed(this.decoder.decode(chunk, { stream: true }));
  }

  /** Ends the document and says whether it was well-formed enough to trust. */
  end(): XmlOutcome {
    if (!this.decoder && !this.failure) this.startDecoding(true);
    if (!this.failure && this.decoder) this.feed(this.decoder.decode());
    if (!this.failure && !this.seenMarkup) this.failure = { message: "the file is empty", truncated: false };
    if (!this.failure) this.guard(() => this.parser.close());
    return this.failure ? { ok: false, ...this.failure } : { ok: true };
  }

  private startDecoding(atEnd: boolean): boolean {
    const head = concatBytes(this.pending, this.pendingBytes);
    this.pending = [];
    this.decoder = new TextDecoder(sniffEncoding(head), { fatal: false });
    const text = this.decoder.decode(head, { stream: !atEnd });
    return this.feed(text);
  }

  private feed(text: string): boolean {
    if (this.failure || text.length === 0) return !this.failure;
    if (!this.seenMarkup) {
      // Whitespace (or a second BOM) before `<?xml` is a known exporter bug; skip it rather than fail.
      const start = firstNonBlank(text);
      if (start < 0) return true;
      if (text.charCodeAt(start) !== 0x3c) {
        this.failure = { message: "not an XML document (it does not start with '<')", truncated: false };
        return false;
      }
      this.seenMarkup = true;
      text = start > 0 ? text.slice(start) : text;
    }
    this.guard(() => this.parser.write(text));
    return !this.failure;
  }

  private guard(step: () => void): void {
    try {
      step();
    } catch (error) {
      if (error !== STOP) throw error;
    }
  }

  private onError(error: Error): void {
    // An unknown entity (`&nbsp;` in a track name) costs a character, not the activity.
    if (error.message.includes("undefined entity")) return;
    this.failure = { message: error.message, truncated: error.message.includes("unclosed tag") };
    throw STOP;
  }
}

/** Thrown out of saxes' error callback to stop it at the first fatal error. */
const STOP = Symbol("stop parsing");

export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

function firstNonBlank(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0xfeff) return i;
  }
  return -1;
}

function concatBytes(parts: readonly Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The text encoding from a byte-order mark or the XML declaration; UTF-8 when neither says. */
export function sniffEncoding(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  const prolog = new TextDecoder("latin1").decode(head.subarray(0, SNIFF_BYTES));
  const declared =
    /^\s*(?:\uFEFF|\u00EF\u00BB\u00BF)?\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(
      prolog,
    )?.[1];
  if (!declared) return "utf-8";
  try {
    const encoding = new TextDecoder(declared).encoding;
    // A declaration readable as ASCII means the bytes are not UTF-16, whatever it claims.
    return encoding.startsWith("utf-16") ? "utf-8" : encoding;
  } catch {
    return "utf-8";
  }
}
