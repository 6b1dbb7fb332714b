import { describe, expect, it } from 'vitest';
import { takesSuggestion } from './address_suggestion';

describe('address suggestion', () => {
  it('fills an empty field and replaces its own earlier suggestion', () => {
    expect(takesSuggestion('', '')).toBe(true);
    expect(takesSuggestion('  ', '建设路附近, 和平社区')).toBe(true);
    expect(takesSuggestion('建设路附近, 和平社区', '建设路附近, 和平社区')).toBe(true);
  });

  it('leaves what the resident wrote or edited', () => {
    expect(takesSuggestion('建设路 12 号楼下', '建设路附近, 和平社区')).toBe(false);
    expect(takesSuggestion('建设路附近, 和平社区 3 单元', '建设路附近, 和平社区')).toBe(false);
  });
});
