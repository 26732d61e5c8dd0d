import mongoose from 'mongoose';
import { useStore } from '../../test/store-lifecycle';
import { OrganisationModel } from '../models/organisation';
import { RequestNumberModel } from '../models/request-number';
import { RequestProjectionModel } from '../models/request-projection';
import { TaskProjectionModel } from '../models/task-projection';
import { organisationSearchFilter } from '../directory/search-organisations';
import {
  fillFigureFields,
  fillAcceptingOffices,
  fillHandlingOrganisations,
  fillOrganisationSearchGrams,
  upgradeStoredData,
} from './upgrade-stored-data';

useStore();

/** A projection as releases before the accepting office wrote it: the fields the upgrade reads, and no `acceptingOrgId`. */
async function oldProjection(_id: string, extra: Record<string, unknown> = {}) {
  await RequestProjectionModel.collection.insertOne({
    _id: _id as never,
    applicantOrgId: 'org-qiye',
    applicant: { userId: 'u-qiye', displayName: '王丽', orgId: 'org-qiye', orgName: '易普乐生物科技' },
    createdAt: '2026-11-02T01:00:00.000Z',
    ...extra,
  });
}

const officeOf = async (id: string) =>
  (await RequestProjectionModel.findById(id, { acceptingOrgId: 1 }).lean())?.acceptingOrgId;

describe('fillAcceptingOffices', () => {
  it('gives old requests the office a first write would have given them, and leaves set ones alone', async () => {
    await oldProjection('r-numbered');
    await RequestNumberModel.create({
      _id: '云梦招商|20261102|000001',
      requestId: 'r-numbered',
      number: '云梦招商-20261102-0001',
      prefix: '云梦招商',
      date: '20261102',
      seq: 1,
      orgId: 'org-zhaoshang',
      createdAt: new Date('2026-11-02T01:00:00.000Z'),
    });
    await oldProjection('r-at-window', {
      filedBy: { userId: 'u-clerk', displayName: '陈晓', orgId: 'org-window', orgName: '政务服务大厅' },
    });
    await oldProjection('r-before-numbers');
    await TaskProjectionModel.collection.insertMany([
      {
        _id: 'r-before-numbers.2' as never,
        requestId: 'r-before-numbers',
        assigneeOrgId: 'org-bank',
        createdAt: '2026-11-03T01:00:00.000Z',
      },
      {
        _id: 'r-before-numbers.1' as never,
        requestId: 'r-before-numbers',
        assigneeOrgId: 'org-fgw',
        createdAt: '2026-11-02T01:00:00.000Z',
      },
    ]);
    await oldProjection('r-no-step');
    await oldProjection('r-new', { acceptingOrgId: 'org-kept' });

    expect(await fillAcceptingOffices()).toBe(4);
    expect(
      await Promise.all(['r-numbered', 'r-at-window', 'r-before-numbers', 'r-no-step', 'r-new'].map(officeOf)),
    ).toEqual(['org-zhaoshang', 'org-window', 'org-fgw', 'org-qiye', 'org-kept']);
    expect(await fillAcceptingOffices()).toBe(0);
  });
});

describe('fillOrganisationSearchGrams', () => {
  it('makes organisations recorded before search by any part of a name findable by it', async () => {
    await OrganisationModel.collection.insertOne({
      _id: 'org-old' as never,
      name: '孝感英联科技有限公司',
      kind: 'enterprise',
    });
    const found = async () =>
      (await OrganisationModel.find(organisationSearchFilter('英联科技'), { _id: 1 }).lean()).map((org) => org._id);
    expect(await found()).toEqual([]);
    expect(await fillOrganisationSearchGrams()).toBe(1);
    expect(await found()).toEqual(['org-old']);
    expect(await fillOrganisationSearchGrams()).toBe(0);
  });
});

describe('fillHandlingOrganisations', () => {
  const openTask = (requestId: string, n: number, assigneeOrgId: string, status = 'open') => ({
    _id: `${requestId}.${n}` as never,
    requestId,
    assigneeOrgId,
    status,
    createdAt: '2026-11-02T01:00:00.000Z',
  });
  const handlersOf = async (id: string) =>
    (await RequestProjectionModel.findById(id, { handlingOrgIds: 1 }).lean())?.handlingOrgIds;

  it('gives old requests the organisations of their open tasks, and leaves set ones alone', async () => {
    await fillHandlingOrganisations(); // what the tests above left
    await oldProjection('r-parallel');
    await oldProjection('r-done');
    await oldProjection('r-held', { handlingOrgIds: ['org-kept'] });
    await TaskProjectionModel.collection.insertMany([
      openTask('r-parallel', 1, 'org-zhaoshang', 'approved'),
      openTask('r-parallel', 2, 'org-fgw'),
      openTask('r-parallel', 3, 'org-bank'),
      openTask('r-parallel', 4, 'org-fgw'),
      openTask('r-parallel', 5, 'org-window', 'informed'),
      openTask('r-done', 1, 'org-zhaoshang', 'approved'),
      openTask('r-held', 1, 'org-fgw'),
    ]);

    expect(await fillHandlingOrganisations()).toBe(2);
    expect(await Promise.all(['r-parallel', 'r-done', 'r-held'].map(handlersOf))).toEqual([
      ['org-bank', 'org-fgw'],
      [],
      ['org-kept'],
    ]);
    // The list's filter finds them.
    expect(
      (await RequestProjectionModel.find({ handlingOrgIds: 'org-fgw' }, { _id: 1 }).lean()).map((r) => r._id),
    ).toEqual(['r-parallel']);
    expect(await fillHandlingOrganisations()).toBe(0);
  });
});

describe('fillFigureFields', () => {
  it('gives finished, rated and decided projections the figures the dashboard counts, once', async () => {
    // Mon 2 Nov 09:00 China → Fri 6 Nov 18:00: three working days have ended (3rd, 4th, 5th).
    await oldProjection('r-finished', {
      status: 'completed',
      createdAt: '2026-11-02T01:00:00.000Z',
      completedAt: '2026-11-06T10:00:00.000Z',
      rating: { grade: 4, at: '2026-11-07T01:00:00.000Z' },
    });
    await oldProjection('r-running', { status: 'in_progress' });
    await TaskProjectionModel.collection.insertMany([
      {
        _id: 'r-finished.1' as never,
        requestId: 'r-finished',
        assigneeOrgId: 'org-fgw',
        status: 'approved',
        createdAt: '2026-11-02T01:00:00.000Z',
        // Decided Wed 4 Nov 17:00 China: Tue 3rd has ended.
        decidedAt: '2026-11-04T09:00:00.000Z',
      },
      {
        _id: 'r-running.1' as never,
        requestId: 'r-running',
        assigneeOrgId: 'org-fgw',
        status: 'open',
        createdAt: '2026-11-02T01:00:00.000Z',
      },
    ]);
    expect(await fillFigureFields()).toBe(3);
    const finished = await RequestProjectionModel.findById('r-finished').lean();
    expect([finished?.completedWorkingDays, finished?.ratingGrade]).toEqual(['00003', '4']);
    const running = await RequestProjectionModel.findById('r-running').lean();
    expect([running?.completedWorkingDays, running?.ratingGrade]).toEqual([undefined, undefined]);
    const tasks = await TaskProjectionModel.find({ requestId: { $in: ['r-finished', 'r-running'] } })
      .sort({ _id: 1 })
      .lean();
    expect(tasks.map((task) => task.decidedWorkingDays)).toEqual(['00001', undefined]);
    expect(await fillFigureFields()).toBe(0);
  });
});

describe('upgradeStoredData', () => {
  it('runs each upgrade once per database: a later start only looks it up', async () => {
    // useStore's connectStore ran them on the empty database already.
    expect(await upgradeStoredData()).toEqual([]);
    await oldProjection('r-after-upgrade');
    expect(await upgradeStoredData()).toEqual([]);
    expect(await officeOf('r-after-upgrade')).toBeUndefined();

    await mongoose.connection.db!.collection('data_upgrades').deleteMany({});
    expect(await upgradeStoredData()).toEqual([
      '2026-12-accepting-office',
      '2026-12-organisation-search-grams',
      '2026-12-handling-organisations',
      '2026-12-figure-fields',
      '2026-12-holder-slots',
    ]);
    expect(await officeOf('r-after-upgrade')).toBe('org-qiye');
  });
});
