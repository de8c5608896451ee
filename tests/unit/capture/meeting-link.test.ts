import { describe, expect, it } from 'vitest';
import { meetingLinkIn } from '../../../src/capture/meeting-link.ts';

describe('meetingLinkIn', () => {
  it.each([
    ['Join: https://meet.google.com/xqi-tiqs-xrz\n(US) +1 929', 'https://meet.google.com/xqi-tiqs-xrz'],
    ['Zoom (https://acme.zoom.us/j/81234567890?pwd=abc).', 'https://acme.zoom.us/j/81234567890?pwd=abc'],
    ['<https://teams.microsoft.com/l/meetup-join/19%3ameeting_X%40thread.v2/0?context=%7b%7d>', 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_X%40thread.v2/0?context=%7b%7d'],
    ['https://teams.live.com/meet/9876543210', 'https://teams.live.com/meet/9876543210'],
    ['https://acme.webex.com/acme/j.php?MTID=m123', 'https://acme.webex.com/acme/j.php?MTID=m123'],
    ['first https://zoom.us/j/1 then https://meet.google.com/abc-defg-hij', 'https://zoom.us/j/1'],
  ])('%j', (text, link) => {
    expect(meetingLinkIn(text)).toBe(link);
  });

  it.each(['https://etherpad.wikimedia.org/p/qapi-sync', 'http://meet.google.com/abc-defg-hij', 'https://meet.google.com/', 'https://evilzoom.us.example/j/1', ''])('finds none in %j', (text) => {
    expect(meetingLinkIn(text)).toBe('');
  });
});
