import {
  connectStore,
  disconnectStore,
  FormVersionModel,
  OrganisationModel,
  ProcessVersionModel,
  UserModel,
} from '@tongban/store';
import { isUnifiedSocialCreditCode } from '@tongban/forms';
import { flattenSteps, seedProcesses } from '@tongban/workflows';
import mongoose from 'mongoose';
import { GROWTH_POINT_ENTERPRISES } from './city-data';
import { demoUserId } from './demo-data';
import { seedCatalogue } from './seed-catalogue';
import { seedDemoData } from './seed-demo-data';
import { seedRefusal } from './seed-guard';

// The seed catalogue on the real database the jest harness started.
jest.setTimeout(60_000);

beforeAll(async () => {
  await connectStore(process.env.MONGODB_URI!);
});

afterAll(async () => {
  await mongoose.connection.db?.dropDatabase();
  await disconnectStore();
});

describe('the seed guard', () => {
  it('lets an empty database and a forced run through, refuses NODE_ENV=production and foreign users', async () => {
    expect(await seedRefusal({}, [])).toBeNull();
    expect(await seedRefusal({ NODE_ENV: 'production' }, [])).toMatch(/NODE_ENV=production/);
    expect(await seedRefusal({ NODE_ENV: 'production' }, ['--force'])).toBeNull();
    expect(await seedRefusal({ NODE_ENV: 'production', TONGBAN_SEED_ALLOW_PRODUCTION: '1' }, [])).toBeNull();
    await UserModel.create({
      _id: 'u-real',
      username: 'real',
      displayName: '真实用户',
      orgId: 'org-real',
      roles: ['handler'],
      passwordHash: 'x',
      active: true,
    });
    expect(await seedRefusal({}, [])).toMatch(/users the seed did not create/);
    expect(await seedRefusal({}, ['--force'])).toBeNull();
    await UserModel.deleteOne({ _id: 'u-real' });
  });
});

describe('seedCatalogue', () => {
  it('loads the city once: a second run creates nothing, and the guard then lets the seed run again', async () => {
    await seedDemoData();
    const first = await seedCatalogue();
    expect(first.created).toBeGreaterThan(GROWTH_POINT_ENTERPRISES * 2);
    const second = await seedCatalogue();
    expect(second.created).toBe(0);
    expect(await seedRefusal({}, [])).toBeNull();
    // The demo users keep their ids.
    for (const username of ['admin', 'qiye', 'qiye2', 'zhaoshang', 'yinhang']) {
      expect(await UserModel.exists({ _id: demoUserId(username) })).toBeTruthy();
    }
  });

  it('gives each of the 306 growth-point enterprises a reporter and a 包保组 whose leader is its official', async () => {
    const enterprises = await OrganisationModel.find({ 'growthPoint.groupId': { $exists: true } }).lean();
    expect(enterprises).toHaveLength(GROWTH_POINT_ENTERPRISES);
    expect(new Set(enterprises.map((org) => org.name)).size).toBe(GROWTH_POINT_ENTERPRISES);
    const reporters = await UserModel.find({ orgId: { $in: enterprises.map((org) => org._id) }, roles: 'applicant' });
    expect(new Set(reporters.map((user) => user.orgId)).size).toBe(GROWTH_POINT_ENTERPRISES);
    const groupIds = [...new Set(enterprises.map((org) => org.growthPoint!.groupId))];
    const officials = await UserModel.find({ orgId: { $in: groupIds }, roles: 'leader' }).lean();
    expect(officials.map((user) => user.orgId).sort()).toEqual(groupIds.sort());
  });

  it('gives every enterprise a profile its applications fill in from: a real credit code of its own, an address, a legal representative', async () => {
    const enterprises = await OrganisationModel.find({ kind: 'enterprise' }).lean();
    expect(enterprises.length).toBeGreaterThan(GROWTH_POINT_ENTERPRISES);
    const incomplete = enterprises.filter(
      (org) =>
        !org.creditCode ||
        !isUnifiedSocialCreditCode(org.creditCode) ||
        !org.address ||
        !org.legalRepresentative ||
        !org.contactPhone,
    );
    expect(incomplete.map((org) => org._id)).toEqual([]);
    expect(new Set(enterprises.map((org) => org.creditCode)).size).toBe(enterprises.length);
  });

  it('has someone for every organisation and role a seed process routes to', async () => {
    for (const process of seedProcesses) {
      for (const { step } of flattenSteps(process.steps)) {
        if (step.type !== 'approval' && step.type !== 'fill') continue;
        const { org, role } = step.assignees;
        if (!org) continue;
        const holder = await UserModel.exists({ orgId: org, ...(role ? { roles: role } : {}), active: true });
        expect([process.key, step.id, holder ? 'staffed' : 'nobody']).toEqual([process.key, step.id, 'staffed']);
      }
    }
  });

  it('gives every office a seed process routes to a short 办件编号 prefix of its own', async () => {
    const offices = new Set(
      seedProcesses.flatMap((process) =>
        flattenSteps(process.steps).flatMap(({ step }) =>
          (step.type === 'approval' || step.type === 'fill') && step.assignees.org ? [step.assignees.org] : [],
        ),
      ),
    );
    const prefixes = await OrganisationModel.find({ _id: { $in: [...offices] } }, { numberPrefix: 1 }).lean();
    expect(prefixes.filter((org) => !/^\S{2,6}$/.test(org.numberPrefix ?? '')).map((org) => org._id)).toEqual([]);
    expect(new Set(prefixes.map((org) => org.numberPrefix)).size).toBe(offices.size);
  });

  it('publishes every process and every form a process names', async () => {
    for (const process of seedProcesses) {
      const published = await ProcessVersionModel.exists({
        key: process.key,
        version: process.version,
        status: 'published',
      });
      expect(published).toBeTruthy();
      const forms = [
        process.form,
        ...flattenSteps(process.steps).flatMap(({ step }) => (step.type === 'fill' ? [step.form] : [])),
      ];
      for (const form of forms) {
        const found = await FormVersionModel.exists({ key: form.key, version: form.version, status: 'published' });
        expect([process.key, form.key, found ? 'published' : 'missing']).toEqual([process.key, form.key, 'published']);
      }
    }
  });
});
