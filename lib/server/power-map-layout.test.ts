import { describe, expect, it } from 'vitest';
import { HANDLE, nodeSize, type LayoutPerson } from '@/components/power-map/geometry';
import { powerMapLayout } from './power-map-layout';

// The committee tree of the bench: one head, 5 directors, 54 staff under them.
const people: LayoutPerson[] = Array.from({ length: 60 }, (_, i) => ({
  contactId: `p${i}`,
  reportsToId: i === 0 ? null : i <= 5 ? 'p0' : `p${1 + ((i - 6) % 5)}`,
  power: i === 0 ? 5 : i <= 5 ? 4 : 1 + (i % 3),
}));
const box = (p: LayoutPerson, at: { x: number; y: number }) => ({ ...at, ...nodeSize(p.power) });

describe('powerMapLayout (d3-hierarchy tidy tree)', () => {
  it('places everyone, managers above their reports, no two cards overlapping', async () => {
    const { positions, ms } = await powerMapLayout(people);
    expect(ms).toBeGreaterThan(0);
    expect(Object.keys(positions).sort()).toEqual(people.map((p) => p.contactId).sort());
    const byId = new Map(people.map((p) => [p.contactId, p]));
    for (const p of people) {
      if (!p.reportsToId) continue;
      const m = box(byId.get(p.reportsToId)!, positions[p.reportsToId]!);
      expect(positions[p.contactId]!.y, `${p.contactId} below ${p.reportsToId}`).toBeGreaterThanOrEqual(m.y + m.height);
    }
    const boxes = people.map((p) => box(p, positions[p.contactId]!));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${people[i]!.contactId} and ${people[j]!.contactId}`).toBe(false);
      }
  });

  it('crosses no two reports-to edges: the reports of managers side by side keep their order', async () => {
    const { positions } = await powerMapLayout(people);
    const byId = new Map(people.map((p) => [p.contactId, p]));
    // each card's centre (cards of one level share it: they are centred on the level)
    const centre = (id: string) => {
      const b = box(byId.get(id)!, positions[id]!);
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    };
    const edges = people.filter((p) => p.reportsToId).map((p) => [centre(p.reportsToId!), centre(p.contactId)] as const);
    let pairs = 0;
    for (const [m1, r1] of edges)
      for (const [m2, r2] of edges) {
        if (m1.y !== m2.y || r1.y !== r2.y || m1.x >= m2.x) continue;
        pairs++;
        expect(r1.x, 'a report of the left manager left of a report of the right one').toBeLessThan(r2.x);
      }
    expect(pairs).toBeGreaterThan(500);
  });

  it('lays a map out once: the same people again are served from memory', async () => {
    const again = await powerMapLayout(people);
    expect(again.ms).toBe(0);
    const moved = await powerMapLayout(people.map((p) => (p.contactId === 'p59' ? { ...p, reportsToId: 'p1' } : p)));
    expect(moved.ms).toBeGreaterThan(0);
  });

  it('draws a person whose manager is not on the map as a root, and separate trees side by side', async () => {
    const { positions, edges } = await powerMapLayout([
      { contactId: 'a', reportsToId: 'gone', power: 3 },
      { contactId: 'b', reportsToId: null, power: null },
      { contactId: 'c', reportsToId: 'b', power: 1 },
    ]);
    expect(Object.keys(positions).sort()).toEqual(['a', 'b', 'c']);
    expect(positions.c!.y).toBeGreaterThan(positions.b!.y);
    expect(edges.map((e) => e.id)).toEqual(['b->c']); // no edge to a manager who is not on the map
  });

  it('lays out a reports-to cycle from outside the app: everyone placed, the first member drawn as a root', async () => {
    const { positions, edges } = await powerMapLayout([
      { contactId: 'x', reportsToId: 'z', power: 2 },
      { contactId: 'y', reportsToId: 'x', power: 2 },
      { contactId: 'z', reportsToId: 'y', power: 2 },
      { contactId: 'w', reportsToId: 'w', power: 2 },
    ]);
    expect(Object.keys(positions).sort()).toEqual(['w', 'x', 'y', 'z']);
    expect(edges.map((e) => e.id).sort()).toEqual(['x->y', 'y->z']);
    expect(positions.x!.y).toBeLessThan(positions.y!.y);
    expect(positions.y!.y).toBeLessThan(positions.z!.y);
    expect(positions.w!.y).toBe(positions.x!.y);
  });

  it('centres a manager above the reports, the map starting at x = 0', async () => {
    const { positions } = await powerMapLayout(people);
    const centre = (id: string) => positions[id]!.x + nodeSize(people.find((p) => p.contactId === id)!.power).width / 2;
    expect(Math.min(...Object.values(positions).map((p) => p.x))).toBe(0);
    for (const m of ['p1', 'p2', 'p3', 'p4', 'p5']) {
      const reports = people.filter((p) => p.reportsToId === m).map((p) => centre(p.contactId));
      expect(Math.abs(centre(m) - (Math.min(...reports) + Math.max(...reports)) / 2)).toBeLessThanOrEqual(1);
    }
  });

  it("draws each reports-to edge from the manager's bottom centre to the report's top centre", async () => {
    const { positions, edges } = await powerMapLayout(people);
    expect(edges).toHaveLength(59);
    const byId = new Map(people.map((p) => [p.contactId, p]));
    for (const e of edges) {
      const [from, to] = e.id.split('->') as [string, string];
      expect(byId.get(to)!.reportsToId).toBe(from);
      const m = box(byId.get(from)!, positions[from]!);
      const r = box(byId.get(to)!, positions[to]!);
      const nums = e.d.match(/-?[\d.]+/g)!.map(Number);
      // React Flow's smoothstep: starts below the manager's handle, ends above the report's
      expect([nums[0], nums[1]]).toEqual([m.x + m.width / 2, m.y + m.height + HANDLE / 2]);
      expect(nums.slice(-2)).toEqual([r.x + r.width / 2, r.y - HANDLE / 2]);
    }
  });
});
