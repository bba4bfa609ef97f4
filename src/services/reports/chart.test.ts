import { describe, expect, it } from 'vitest';
import { barLayout, columnLayout, fitLabel } from './chart.ts';
import { columnWidths } from './render-pdf-table.ts';

const bars = [
  { label: 'Individual advice', value: 28977, display: '28,977' },
  { label: 'Documentation centre', value: 9556, display: '9,556' },
  { label: 'Outreach', value: 0, display: '0' },
];

describe('chart geometry', () => {
  it('scales horizontal bars to the largest value, inside the width', () => {
    const layout = barLayout(bars, {
      width: 600,
      fontSize: 10,
      labelWidth: 150,
      valueWidth: 50,
      rowHeight: 20,
    });
    expect(layout.height).toBe(60);
    const [first, second, third] = layout.bars;
    expect(first!.rect.x).toBe(150);
    expect(first!.rect.width).toBeCloseTo(400);
    expect(second!.rect.width).toBeCloseTo((400 * 9556) / 28977);
    expect(third!.rect.width).toBe(0);
    expect(second!.rect.y).toBeGreaterThan(first!.rect.y + first!.rect.height);
    expect(first!.labelAt.x).toBeLessThan(150);
    expect(first!.valueAt.x).toBeGreaterThan(550);
    expect(first!.valueAt.x).toBeLessThan(600);
  });

  it('stands columns on a common axis with their labels below', () => {
    const layout = columnLayout(bars, { width: 300, height: 200, fontSize: 10 });
    const axis = layout.axis.from.y;
    for (const bar of layout.bars) {
      expect(bar.rect.y + bar.rect.height).toBeCloseTo(axis);
      expect(bar.labelAt.y).toBeGreaterThan(axis);
      expect(bar.labelAt.y).toBeLessThanOrEqual(200);
      expect(bar.valueAt.y).toBeGreaterThan(0);
    }
    expect(layout.bars[0]!.rect.height).toBeGreaterThan(layout.bars[1]!.rect.height);
    expect(layout.bars[2]!.rect.height).toBe(0);
    expect(layout.bars[1]!.labelAt.x).toBe(150);
  });

  it('has no bars and no division by zero when every value is zero', () => {
    const layout = barLayout([{ label: 'a', value: 0, display: '0' }], {
      width: 100,
      fontSize: 10,
      labelWidth: 40,
      valueWidth: 20,
      rowHeight: 10,
    });
    expect(layout.bars[0]!.rect.width).toBe(0);
    expect(columnLayout([], { width: 100, height: 50, fontSize: 8 }).bars).toEqual([]);
  });

  it('shortens long labels with an ellipsis', () => {
    expect(fitLabel('Work', 100, 10)).toBe('Work');
    const short = fitLabel('Enseignement supérieur (haute école, université)', 100, 10);
    expect(short.endsWith('…')).toBe(true);
    expect([...short].length).toBe(17);
  });
});

describe('PDF column widths', () => {
  it('shares the width by weight', () => {
    expect(columnWidths([2, 1, 1], [10, 10, 10], 400)).toEqual([200, 100, 100]);
  });

  it('widens a column to its longest word and takes the room from the others', () => {
    const widths = columnWidths([2, 1, 1], [10, 150, 10], 400);
    expect(widths[1]).toBe(150);
    expect(widths[0]).toBeCloseTo(250 * (2 / 3));
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(400);
  });

  it('shrinks every column alike when the words cannot fit', () => {
    expect(columnWidths([1, 1], [300, 100], 200)).toEqual([150, 50]);
  });
});
