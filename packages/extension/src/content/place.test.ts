import { describe, expect, it } from 'vitest';
import { cardPlace } from './place.ts';

const style = (css: string) => Object.fromEntries(css.split(';').map((d) => d.split(':') as [string, string]));

describe('cardPlace', () => {
  it('puts the card below a box near the top of the window, right edges aligned, no taller than the room below', () => {
    const s = style(cardPlace({ top: 40, bottom: 100, right: 900 }, 1280, 800));
    expect(s).toEqual({ left: '520px', width: '380px', top: '108px', 'max-height': '684px' });
  });

  it('puts it above a box near the bottom (a chat footer), measured from the window bottom', () => {
    const s = style(cardPlace({ top: 700, bottom: 760, right: 1270 }, 1280, 800));
    expect(s).toEqual({ left: '890px', width: '380px', bottom: '108px', 'max-height': '684px' });
  });

  it('keeps it inside a narrow window, whatever the box', () => {
    const s = style(cardPlace({ top: 500, bottom: 560, right: 60 }, 360, 640));
    expect(s.left).toBe('8px');
    expect(s.width).toBe('344px');
  });

  it('gives it a usable height even when the box fills the window', () => {
    const s = style(cardPlace({ top: 0, bottom: 800, right: 500 }, 1280, 800));
    expect(s['max-height']).toBe('160px');
  });
});
