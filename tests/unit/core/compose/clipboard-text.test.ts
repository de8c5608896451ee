import { describe, expect, it } from 'vitest';
import { clipboardText } from '../../../../src/core/compose/clipboard-text.ts';

describe('clipboardText', () => {
  it.each([
    ['Thank you', 'Hi Anna,\n\nThanks.', 'Subject:', 'Subject: Thank you\n\nHi Anna,\n\nThanks.'],
    ['Merci', 'Bonjour Anna,', 'Objet :', 'Objet : Merci\n\nBonjour Anna,'],
    ['  Thank you  ', '\r\nHi Anna,\r\nThanks.\r\n', 'Subject:', 'Subject: Thank you\n\nHi Anna,\nThanks.'],
    ['', 'Hi Anna,', 'Subject:', 'Hi Anna,'],
    ['Thank you', '   ', 'Subject:', 'Subject: Thank you'],
    ['Thank you', 'Hi', '', 'Thank you\n\nHi'],
    ['', '', 'Subject:', ''],
  ])('%j + %j with label %j', (subject, body, label, expected) => {
    expect(clipboardText(subject, body, label)).toBe(expected);
  });
});
