import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../shared/schemas/activities.ts';
import { initialValues, placeIssues, toActivityBody } from './activity-form.ts';

const ZONE = 'Europe/Brussels';
const values = {
  ...initialValues(null, ZONE, new Date('2024-05-04T08:00:00Z')),
  kind: 'outreach_trip',
  title: '  Formtruck Clemenceau ',
  startTime: '09:00',
  endTime: '12:30',
  municipality: '21001',
  capacity: '40',
};

describe('the plan form', () => {
  it('starts on today in the organisation’s zone', () => {
    expect(initialValues(null, ZONE, new Date('2023-12-31T23:30:00Z')).startDate).toBe(
      '2024-01-01',
    );
  });

  it('turns local dates and times into instants with the zone’s offset', () => {
    const result = toActivityBody(values, ZONE, { withStatus: true });
    expect(result).toEqual({
      body: expect.objectContaining({
        kind: 'outreach_trip',
        title: 'Formtruck Clemenceau',
        startsAt: '2024-05-04T09:00:00+02:00',
        endsAt: '2024-05-04T12:30:00+02:00',
        municipality: '21001',
        locationId: null,
        capacity: 40,
        status: 'planned',
      }),
    });
    const held = toActivityBody({ ...values, held: true }, ZONE, { withStatus: false });
    expect('body' in held && 'status' in held.body).toBe(false);
  });

  it('ends on another day only when an end date is given', () => {
    const result = toActivityBody({ ...values, endDate: '2024-05-05', endTime: '01:00' }, ZONE, {
      withStatus: true,
    });
    expect('body' in result && result.body.endsAt).toBe('2024-05-05T01:00:00+02:00');
  });

  it('finds an end before the start, a missing end time and a bad capacity', () => {
    expect(toActivityBody({ ...values, endTime: '08:00' }, ZONE, { withStatus: true })).toEqual({
      issues: [{ path: 'endTime', code: 'ends_before_start' }],
    });
    expect(
      toActivityBody({ ...values, endDate: '2024-05-05', endTime: '', capacity: '2.5' }, ZONE, {
        withStatus: true,
      }),
    ).toEqual({
      issues: [
        { path: 'endTime', code: 'required' },
        { path: 'capacity', code: 'not_whole_number' },
      ],
    });
    expect(
      toActivityBody({ ...values, startDate: '2023-02-29' }, ZONE, { withStatus: true }),
    ).toEqual({ issues: [{ path: 'startDate', code: 'invalid_date' }] });
  });

  it('shows an activity’s instants again as local date and time', () => {
    const activity = {
      kind: 'workshop',
      title: 'CV workshop',
      startsAt: '2024-10-27T08:30:00.000Z',
      endsAt: '2024-10-27T10:00:00.000Z',
      locationId: null,
      municipality: null,
      neighbourhood: null,
      language: 'nl',
      theme: 'work',
      partner: null,
      capacity: null,
      notes: null,
      externalId: null,
      status: 'held',
    } as unknown as Activity;
    expect(initialValues(activity, ZONE)).toMatchObject({
      startDate: '2024-10-27',
      startTime: '09:30',
      endDate: '',
      endTime: '11:00',
      capacity: '',
      held: true,
    });
  });

  it('puts server issues on the instants where they are typed', () => {
    expect(
      placeIssues([
        { path: 'endsAt', code: 'ends_before_start' },
        { path: 'kind', code: 'unknown_kind' },
      ]),
    ).toEqual([
      { path: 'endTime', code: 'ends_before_start' },
      { path: 'kind', code: 'unknown_kind' },
    ]);
  });
});
