/**
 * The text "Copy" puts on the clipboard when no link can open the note (too
 * long, or a mail program Afterview has no link for). The subject goes first on
 * its own line, labelled so the user sees where it belongs, then a blank line,
 * then the body:
 *
 *     Subject: Thank you — Data Engineer interview
 *
 *     Hi Anna,
 *     …
 *
 * The label comes from the caller (message `clipboardSubjectLabel`, with its
 * colon, since languages punctuate it differently: "Objet :"). Line breaks are
 * "\n", which mail programs accept when the text is pasted.
 */
export function clipboardText(subject: string, body: string, subjectLabel: string): string {
  const subjectLine = subject.trim() ? `${subjectLabel.trim()} ${subject.trim()}`.trim() : '';
  const text = body.replace(/\r\n?/g, '\n').trim();
  return [subjectLine, text].filter(Boolean).join('\n\n');
}
