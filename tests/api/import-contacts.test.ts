import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrganisation,
  createTestApp,
  setupInstallation,
  type Client,
  type TestApp,
} from '../helpers/app.ts';

let t: TestApp;
let admin: Client;
let coordinator: Client;
let analyst: Client;
let other: Client;
let centreId: string;

beforeAll(async () => {
  t = await createTestApp();
  const installation = await setupInstallation(t.app);
  const centre = await createOrganisation(t.app, installation, 'centre', [
    'org_admin',
    'coordinator',
    'analyst',
  ]);
  admin = centre.clients.org_admin!;
  centreId = centre.organisationId;
  coordinator = centre.clients.coordinator!;
  analyst = centre.clients.analyst!;
  other = (await createOrganisation(t.app, installation, 'elsewhere', ['org_admin'])).clients
    .org_admin!;
  await admin.post('/api/locations', { slug: 'desk', name: 'Front desk', kind: 'office' });
  await other.post('/api/locations', { slug: 'their-desk', name: 'Their desk', kind: 'office' });
});
afterAll(() => t?.close());

/** POSTs a CSV text or stream; `query` such as `skipInvalid=true`. */
function upload(client: Client, body: string | Buffer | Readable, query = '') {
  return client.request('POST', `/api/imports/contacts${query ? `?${query}` : ''}`, body, {
    'content-type': 'text/csv',
  });
}

async function importOk(client: Client, body: string | Buffer | Readable, query = '') {
  const response = await upload(client, body, query);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function contactTotal(client = admin): Promise<number> {
  return (await client.get('/api/contacts?limit=1')).json().total;
}

async function contactByExternalId(externalId: string) {
  return (await admin.get(`/api/contacts?externalId=${encodeURIComponent(externalId)}`)).json()
    .items[0];
}

/** A file of `rows` valid lines (generated lazily), then `last` if given. */
function generated(rows: number, last?: string, prefix = 'GEN'): Readable {
  return Readable.from(
    (function* () {
      yield 'date;type;count;theme;external_id\n';
      let batch = '';
      for (let i = 1; i <= rows; i++) {
        batch += `${String((i % 28) + 1).padStart(2, '0')}/01/2025;individual_advice;${(i % 3) + 1};work;${prefix}-${i}\n`;
        if (i % 1000 === 0) {
          yield batch;
          batch = '';
        }
      }
      yield batch + (last ?? '');
    })(),
  );
}

describe('importing a good file', () => {
  it('reads semicolons, DD/MM/YYYY, a BOM and CRLF, with every column, and resolves references', async () => {
    const csv =
      '\ufeffDate;Type;Count;Theme;Language;Channel;Time;Location;Municipality;Tags;External_ID\r\n' +
      '05/01/2026;individual_advice;1;work;fr;walk_in;09:30;desk;1080;ukrainian|neet_referral;S-1\r\n' +
      '2026-01-06;documentation_centre;3;learn;nl;;;Front desk;21004;;S-2\r\n' +
      '"07/01/2026";"event";"12";;en;outreach;;;;"ukrainian";S-3\r\n';
    const report = await importOk(admin, csv);
    expect(report).toMatchObject({
      committed: true,
      delimiter: ';',
      rowsRead: 3,
      inserted: 3,
      updated: 0,
      unchanged: 0,
      errorCount: 0,
      newTags: ['neet_referral', 'ukrainian'],
    });
    expect(await contactByExternalId('S-1')).toMatchObject({
      date: '2026-01-05',
      time: '09:30',
      type: 'individual_advice',
      theme: 'work',
      language: 'fr',
      channel: 'walk_in',
      municipality: '21012',
      tags: ['neet_referral', 'ukrainian'],
    });
    expect((await contactByExternalId('S-2')).locationId).toBe(
      (await contactByExternalId('S-1')).locationId,
    );
  });

  it('reads commas and columns in any order', async () => {
    const response = await coordinator.request(
      'POST',
      '/api/imports/contacts',
      'external_id,count,type,date\nC-1,2,individual_advice,2026-02-01\nC-2,,event,01/02/2026\n',
      { 'content-type': 'text/csv; charset=utf-8' },
    );
    const report = response.json();
    expect(report).toMatchObject({ committed: true, delimiter: ',', inserted: 2 });
    expect((await contactByExternalId('C-2')).count).toBe(1);
  });

  it('changes nothing on a second import, updates a changed row, adds rows without id again', async () => {
    const file = (count: number) =>
      `date,type,count,external_id\n2026-02-10,individual_advice,${count},R-1\n2026-02-10,event,4,R-2\n2026-02-11,event,1,\n`;
    expect(await importOk(admin, file(1))).toMatchObject({ inserted: 3, withoutExternalId: 1 });
    const before = await contactTotal();
    expect(await importOk(admin, file(1))).toMatchObject({
      inserted: 1,
      updated: 0,
      unchanged: 2,
      withoutExternalId: 1,
    });
    expect(await contactTotal()).toBe(before + 1);
    expect(await importOk(admin, file(5))).toMatchObject({ inserted: 1, updated: 1, unchanged: 1 });
    expect((await contactByExternalId('R-1')).count).toBe(5);
  });

  it('groups rows by activity: one activity per id, attendance the sum of its rows', async () => {
    const csv = [
      'date;type;count;activity;external_id',
      '12/02/2026;collective_activity;5;WS-7;A-1',
      '10/02/2026;collective_activity;7;WS-7;A-2',
      '11/02/2026;outreach;30;TRUCK-1;A-3',
      '14/02/2026;collective_activity;3;WS-7;A-4',
    ].join('\n');
    const report = await importOk(admin, csv, 'skipInvalid=false');
    expect(report).toMatchObject({
      committed: true,
      inserted: 4,
      newActivities: ['WS-7', 'TRUCK-1'],
    });
    const activities = (await admin.get('/api/activities?q=WS-7')).json().items;
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({
      title: 'WS-7',
      externalId: 'WS-7',
      kind: 'workshop',
      category: 'collective',
      status: 'held',
      attendance: 15,
      attendanceLines: 3,
      startsAt: '2026-02-09T23:00:00.000Z',
    });
    const truck = (await admin.get('/api/activities?q=TRUCK-1')).json().items[0];
    expect(truck).toMatchObject({ kind: 'outreach_trip', attendance: 30 });
    // Again: nothing new; a row of another type on the same activity is refused.
    expect(await importOk(admin, csv)).toMatchObject({ unchanged: 4, newActivities: [] });
    const mismatch = await importOk(admin, 'date,type,activity\n2026-02-13,event,WS-7\n');
    expect(mismatch.errors).toEqual([
      expect.objectContaining({ line: 2, column: 'type', code: 'activity_type_mismatch' }),
    ]);
  });
});

describe('importing in chunks', () => {
  it('keeps activities, duplicates and the earliest date straight across chunks', async () => {
    const actor = {
      userId: null,
      isInstallationAdmin: false,
      organisationId: centreId,
      roles: ['org_admin' as const],
      via: 'token' as const,
    };
    const csv = [
      'date,type,count,activity,external_id',
      '2026-02-20,event,10,FAIR-9,F-1',
      '2026-02-21,event,5,FAIR-9,F-2',
      '2026-02-22,event,0,FAIR-9,F-3',
      '2026-02-18,event,7,FAIR-9,F-4',
      '2026-02-19,event,1,,F-1',
      '2026-02-23,outreach,1,FAIR-9,F-6',
    ].join('\n');
    const progress: number[] = [];
    const report = await t.app.services.imports.contacts(actor, Readable.from([csv]), {
      skipInvalid: true,
      chunkRows: 2,
      onProgress: ({ rows }) => progress.push(rows),
    });
    expect(report).toMatchObject({ committed: true, inserted: 3, skipped: 3 });
    expect(report.errors.map((e) => `${e.line}:${e.code}`)).toEqual([
      '4:not_whole_number',
      '6:duplicate_external_id',
      '7:activity_type_mismatch',
    ]);
    expect(progress.length).toBeGreaterThanOrEqual(3);
    const fair = (await admin.get('/api/activities?q=FAIR-9')).json().items[0];
    expect(fair).toMatchObject({
      kind: 'event',
      attendance: 22,
      startsAt: '2026-02-17T23:00:00.000Z',
    });
  });
});

describe('refusing bad rows', () => {
  it('writes nothing when the last of 50,000 rows is bad, and names its line', async () => {
    const before = await contactTotal();
    const report = await importOk(admin, generated(50_000, '01/01/2099;event;1;;GEN-LAST\n'));
    expect(report).toMatchObject({
      committed: false,
      rowsRead: 50_001,
      invalidRows: 1,
      inserted: 0,
      errorCount: 1,
      errors: [
        {
          line: 50_002,
          column: 'date',
          code: 'future_date',
          message: 'This date is in the future.',
        },
      ],
    });
    expect(await contactTotal()).toBe(before);
    expect(await contactByExternalId('GEN-1')).toBeUndefined();
  }, 180_000);

  it('streams a 200 MB upload with one bad row at the end and writes nothing', async () => {
    const before = await contactTotal();
    const padding = ' '.repeat(50_000);
    const rows = 4_000;
    const body = Readable.from(
      (function* () {
        yield 'date,type,count,external_id\n';
        for (let i = 1; i <= rows; i++) yield `2025-03-01,event,${padding}2,BIG-${i}\n`;
        yield `2025-03-01,event,${padding}0,BIG-LAST\n`;
      })(),
    );
    const report = await importOk(admin, body);
    expect(report.bytesRead).toBeGreaterThan(200_000_000);
    expect(report).toMatchObject({ committed: false, rowsRead: rows + 1, inserted: 0 });
    expect(report.errors).toEqual([
      expect.objectContaining({ line: rows + 2, column: 'count', code: 'not_whole_number' }),
    ]);
    expect(await contactTotal()).toBe(before);
  }, 180_000);

  it('imports the valid rows and reports the others with --skip-invalid', async () => {
    const csv =
      'date,type,count,external_id\n2026-01-20,event,2,K-1\n2026-01-20,event,0,K-2\n' +
      '2026-01-21,nap,1,K-3\n2026-01-21,event,1,K-4\n2026-01-21,event,1,K-1\n';
    const report = await importOk(admin, csv, 'skipInvalid=true');
    expect(report).toMatchObject({
      committed: true,
      rowsRead: 5,
      inserted: 2,
      skipped: 3,
      invalidRows: 3,
    });
    expect(report.errors.map((e: { line: number; code: string }) => `${e.line}:${e.code}`)).toEqual(
      ['3:not_whole_number', '4:unknown_type', '6:duplicate_external_id'],
    );
    expect(report.errors[2].message).toBe('The external id “K-1” appears twice (first on line 2).');
    expect(await contactByExternalId('K-4')).toBeDefined();
    expect(await contactByExternalId('K-2')).toBeUndefined();
  });

  it('checks and counts without writing on a dry run', async () => {
    const before = await contactTotal();
    const report = await importOk(
      admin,
      'date,type,tags,external_id\n2026-01-22,event,dry_tag,D-1\n',
      'dryRun=true',
    );
    expect(report).toMatchObject({ committed: false, dryRun: true, inserted: 1 });
    expect(report.newTags).toEqual(['dry_tag']);
    expect(await contactTotal()).toBe(before);
    const tags = (await admin.get('/api/contact-tags')).json();
    expect(tags.map((tag: { slug: string }) => tag.slug)).not.toContain('dry_tag');
  });

  it('names every bad value, on its line and column, in English and in Dutch', async () => {
    const csv = [
      'date;type;count;theme;location;municipality;activity',
      '2026-03-03;event;1;;;;',
      '30/02/2024;event;1;;;;',
      '2026-01-02;event;0;;;;',
      '2026-01-02;event;-3;;;;',
      '2026-01-02;event;1,5;;;;',
      '2026-01-02;coffee;1;sleep;;;',
      '2026-01-02;event;1;;Their desk;1050;',
      '2026-01-02;individual_advice;1;;;;WS-7',
    ].join('\n');
    const where = [
      '2 date future_date',
      '3 date invalid_date',
      '4 count not_whole_number',
      '5 count not_whole_number',
      '6 count not_whole_number',
      '7 type unknown_type',
      '7 theme unknown_theme',
      '8 location unknown_location',
      '8 municipality ambiguous_postal_code',
      '9 activity type_takes_no_activity',
    ];
    const whole = 'Must be a whole number of at least 1.';
    const english = [
      'This date is in the future.',
      '“30/02/2024” is not an existing date: write YYYY-MM-DD or DD/MM/YYYY.',
      ...[whole, whole, whole],
      'Unknown contact type “coffee”.',
      'Unknown theme “sleep”.',
      'This organisation has no location with the short name or name “Their desk”.',
      'Postal code 1050 covers two municipalities; use the NIS code.',
      'Contacts of this type do not belong to an activity.',
    ];
    const geheel = 'Moet een geheel getal van minstens 1 zijn.';
    const dutch = [
      'Deze datum ligt in de toekomst.',
      '“30/02/2024” is geen bestaande datum: schrijf JJJJ-MM-DD of DD/MM/JJJJ.',
      ...[geheel, geheel, geheel],
      'Onbekend contacttype “coffee”.',
      'Onbekend thema “sleep”.',
      'Deze organisatie heeft geen locatie met de korte naam of naam “Their desk”.',
      'Postcode 1050 dekt twee gemeenten; gebruik de NIS-code.',
      'Contacten van dit type horen niet bij een activiteit.',
    ];
    type Entry = { line: number; column: string; code: string; message: string };
    const before = await contactTotal();
    const report = await importOk(admin, csv);
    expect(report).toMatchObject({ committed: false, rowsRead: 8, invalidRows: 8 });
    const errors = report.errors as Entry[];
    expect(errors.map((e) => `${e.line} ${e.column} ${e.code}`)).toEqual(where);
    expect(errors.map((e) => e.message)).toEqual(english);
    await coordinator.patch('/api/me', { language: 'nl' });
    const inDutch = (await importOk(coordinator, csv)).errors as Entry[];
    await coordinator.patch('/api/me', { language: 'en' });
    expect(inDutch.map((e) => e.message)).toEqual(dutch);
    expect(await contactTotal()).toBe(before);
  });
});

describe('refusing bad files', () => {
  it('explains a missing header, a wrong delimiter, unknown columns, an empty file, bad UTF-8 and an open quote, in French', async () => {
    await admin.patch('/api/me', { language: 'fr' });
    const cases: [string | Buffer, string, number, string][] = [
      [
        'date;count\n2026-01-02;1\n',
        'missing_columns',
        1,
        'Il manque à la ligne d’en-tête la colonne obligatoire type.',
      ],
      [
        'date\ttype\tcount\n2026-01-02\tevent\t1\n',
        'wrong_delimiter',
        1,
        'La ligne d’en-tête n’a ni virgule ni point-virgule entre les noms de colonnes : enregistrez le fichier en CSV avec « , » ou « ; » comme séparateur.',
      ],
      [
        'date,type,colour\n',
        'unknown_columns',
        1,
        'Colonne inconnue dans la ligne d’en-tête : colour. Les colonnes sont : date, type, count, theme, language, channel, time, location, municipality, tags, activity, external_id.',
      ],
      [
        '',
        'empty',
        1,
        'Le fichier est vide : il lui faut une ligne d’en-tête (par exemple « date;type;count ») et une ligne par ligne de contacts.',
      ],
      [
        Buffer.from('date;type\n2026-01-02;event\n2026-01-02;caf\xe9\n', 'latin1'),
        'invalid_utf8',
        3,
        'La ligne 3 n’est pas du texte UTF-8 valide : enregistrez le fichier en « CSV UTF-8 ».',
      ],
      [
        'date,type\n2026-01-02,"event\n',
        'unclosed_quote',
        2,
        'Le champ entre guillemets qui commence à la ligne 2 n’est jamais fermé.',
      ],
    ];
    const before = await contactTotal();
    for (const [body, code, line, message] of cases) {
      const report = await importOk(admin, body, 'skipInvalid=true');
      expect(report, code).toMatchObject({ committed: false, fileError: true, inserted: 0 });
      expect(report.errors[0], code).toMatchObject({ code, line, message });
    }
    await admin.patch('/api/me', { language: 'en' });
    expect(await contactTotal()).toBe(before);
  });

  it('refuses other content types', async () => {
    const json = await admin.post('/api/imports/contacts', { date: '2026-01-02' });
    expect([json.statusCode, json.json().code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const text = await admin.request('POST', '/api/imports/contacts', 'date,type\n', {
      'content-type': 'text/plain',
    });
    expect(text.statusCode).toBe(415);
  });
});

describe('who may import', () => {
  it('refuses analysts and writes nothing', async () => {
    const before = await contactTotal();
    const response = await upload(analyst, 'date,type\n2026-01-02,event\n');
    expect([response.statusCode, response.json().code]).toEqual([403, 'FORBIDDEN']);
    expect(await contactTotal()).toBe(before);
  });

  it("imports into the caller's own organisation only: another organisation's admin never reaches this one", async () => {
    const before = await contactTotal();
    const theirs = await importOk(
      other,
      'date,type,location,external_id\n2026-01-02,event,their-desk,S-1\n2026-01-02,event,Front desk,S-9\n',
      'skipInvalid=true',
    );
    expect(theirs).toMatchObject({ committed: true, inserted: 1, invalidRows: 1 });
    expect(theirs.errors[0]).toMatchObject({
      line: 3,
      column: 'location',
      code: 'unknown_location',
    });
    expect(await contactTotal()).toBe(before);
    // Their S-1 is theirs; ours (from the first test) is untouched.
    expect((await contactByExternalId('S-1')).type).toBe('individual_advice');
    expect((await other.get('/api/contacts?externalId=S-1')).json().items[0].type).toBe('event');
  });

  it('audits every import, committed or not', async () => {
    const audit = (await admin.get('/api/audit?action=contact.imported&limit=200')).json();
    expect(audit.total).toBeGreaterThanOrEqual(10);
  });
});
