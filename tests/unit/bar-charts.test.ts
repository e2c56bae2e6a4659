/** The stacked-bar charts as drawn (frequencyChart, meetingsChart, signingsChart): bar keys and labels, text alternative, links, on the fixture register. */
import { describe, expect, it } from 'vitest';
import { frequencyChart, meetingsChart, signingsChart } from '../../src/lib/charts/bar-charts.ts';
import { CHART_IDS, type ChartRegister } from '../../src/lib/charts/chart-data.ts';
import { focusAreaFrequency } from '../../src/lib/charts/focus-areas.ts';
import { meetingsDistribution } from '../../src/lib/charts/meetings.ts';
import { signingsByYear } from '../../src/lib/charts/timeline.ts';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { districtUrl } from '../../src/lib/publish/routes.ts';
import { charts } from '../../src/strings.ts';
import { registerFiles } from './helpers.ts';

const checked = checkRegister(registerFiles());
const seed: ChartRegister = { documents: checked.agreements, policeDistricts: checked.policeDistricts, municipalities: checked.municipalities, focusAreas: checked.focusAreas };

describe('the bar charts', () => {
  it('labels each focus-area bar in bokmål and the "none stated" bar, and names the top three in the text alternative', () => {
    const frequency = focusAreaFrequency(seed);
    const chart = frequencyChart(frequency);
    expect(chart).toMatchObject({ id: CHART_IDS.frequency, kind: 'frequency', title: charts.frequency.title, data: frequency });
    expect(chart.rows.map((r) => r.key)).toEqual(frequency.rows.map((r) => r.focusArea?.id ?? '_none'));
    expect(chart.rows.at(-1)?.label).toBe(charts.frequency.none);
    expect(chart.rows.map((r) => r.total)).toEqual(frequency.rows.map((r) => r.total));
    const first = frequency.rows[0]!;
    expect(chart.alt).toContain(`${first.focusArea!.label.nb} (${first.total})`);
  });

  it('links a segment to its district page only when asked, at the chart it stands for', () => {
    expect(meetingsChart(meetingsDistribution(seed)).segmentHref).toBeUndefined();
    expect(meetingsChart(meetingsDistribution(seed), { linkDistricts: true }).segmentHref?.('ost')).toBe(districtUrl('ost', CHART_IDS.meetings));
    expect(frequencyChart(focusAreaFrequency(seed), { linkDistricts: true }).segmentHref?.('ost')).toBe(districtUrl('ost', CHART_IDS.heatmap));
    expect(signingsChart(signingsByYear(seed)).segmentHref?.('ost')).toBe(districtUrl('ost', CHART_IDS.timeline));
  });

  it('labels the meetings bars by number, "not stated" last, and describes each in the text alternative', () => {
    const meetings = meetingsDistribution(seed);
    const chart = meetingsChart(meetings);
    expect(chart.rows.map((r) => r.key)).toEqual(meetings.rows.map((r) => String(r.category)));
    expect(chart.rows.at(-1)?.label).toBe(charts.meetings.notStated);
    for (const r of chart.rows) expect(chart.alt).toContain(charts.meetings.altPart(r.label, r.total));
  });

  it('has a bar per year from the first signing to the last', () => {
    const data = signingsByYear(seed);
    const chart = signingsChart(data);
    expect(chart.rows.map((r) => r.label)).toEqual(data.rows.map((r) => String(r.year)));
    expect(chart.alt).toBe(charts.signingsByYear.alt(data.agreementCount, data.rows[0]!.year, data.rows.at(-1)!.year));
  });
});
