import { type DemoCalendar, isWeekend, minutes, parisDate } from './demo-calendar.js';
import type { ActivityRow, DemoPerson } from './demo-model.js';
import { type DemoOrg, weekdayOnOrBefore } from './demo-org.js';
import { LAUNCH_DAYS_AGO } from './demo-spaces.js';
import type { SeededRandom } from './seeded-random.js';

type Row = Partial<ActivityRow> & Pick<ActivityRow, 'at' | 'actorId' | 'verb'>;

/**
 * The activity log of the demo, written with the same shapes as ActivityRecorder: target_type in
 * lower case, thread_id = root post, target_author_id = author of what is acted on.
 */
export class ActivityLog {
  private readonly rows: ActivityRow[] = [];

  add(row: Row): void {
    this.rows.push({
      targetType: null,
      targetId: null,
      threadId: null,
      targetAuthorId: null,
      spaceId: null,
      meta: {},
      ...row,
    });
  }

  /** Every row, oldest first (ties keep the order they were added), so ids grow with time. */
  sorted(): ActivityRow[] {
    return this.rows
      .map((row, index) => ({ row, index }))
      .sort((a, b) => a.row.at.getTime() - b.row.at.getTime() || a.index - b.index)
      .map((x) => x.row);
  }

  /**
   * One `visit` per person per Paris day they were active (ANALYTICS.md §3.3): a few minutes
   * before their first action of the day, plus days they only came to read.
   */
  addVisits(org: DemoOrg, cal: DemoCalendar, rng: SeededRandom): void {
    const firstOfDay = new Map<string, Map<string, Date>>();
    for (const row of this.rows) {
      if (row.verb === 'visit') continue;
      const byDay = firstOfDay.get(row.actorId) ?? new Map<string, Date>();
      firstOfDay.set(row.actorId, byDay);
      const day = parisDate(row.at);
      const seen = byDay.get(day);
      if (!seen || row.at.getTime() < seen.getTime()) byDay.set(day, row.at);
    }
    for (const person of org.people) {
      const byDay = firstOfDay.get(person.id) ?? new Map<string, Date>();
      for (const [day, first] of byDay) {
        const midnight = cal.at(cal.daysAgoOf(first), 0);
        const at = new Date(Math.max(first.getTime() - minutes(rng.between(1, 20)), midnight.getTime(), person.activatedAt.getTime()));
        this.add({ at, actorId: person.id, verb: 'visit' });
        byDay.set(day, at);
      }
      this.addReadingDays(person, byDay, cal, rng);
    }
  }

  /** Days a person opened Chantier without writing anything: readers are users too. */
  private addReadingDays(person: DemoPerson, active: Map<string, Date>, cal: DemoCalendar, rng: SeededRandom): void {
    const chance = 0.22 + 0.55 * Math.sqrt(person.spec.talk);
    for (let d = LAUNCH_DAYS_AGO; d >= 0; d -= 1) {
      const weekend = isWeekend(cal.day(d));
      if (!rng.chance(weekend ? chance * 0.06 : chance)) continue;
      const at = cal.workTime(d, rng);
      if (at.getTime() > cal.now.getTime() - minutes(1) || at.getTime() < person.onboardAt.getTime()) continue;
      if (person.deactivatedAt && at.getTime() >= person.deactivatedAt.getTime()) continue;
      if (active.has(parisDate(at))) continue;
      active.set(parisDate(at), at);
      this.add({ at, actorId: person.id, verb: 'visit' });
    }
  }
}

/** create_space, join / add_member, follow and update_project rows, as the API writes them. */
export const recordOrganisation = (log: ActivityLog, org: DemoOrg, cal: DemoCalendar): void => {
  for (const space of org.spaces) {
    log.add({
      at: space.createdAt,
      actorId: space.owner.id,
      verb: 'create_space',
      targetType: 'space',
      targetId: space.id,
      spaceId: space.id,
    });
    for (const member of space.members.values()) {
      if (member.role === 'OWNER') continue;
      // Anyone may join a PUBLIC space; PRIVATE and SECRET members (and moderators) are added by the owner.
      if (space.visibility === 'PUBLIC' && member.role === 'MEMBER') {
        log.add({ at: member.since, actorId: member.person.id, verb: 'join', targetType: 'space', targetId: space.id, spaceId: space.id });
      } else {
        log.add({
          at: member.since,
          actorId: space.owner.id,
          verb: 'add_member',
          targetType: 'person',
          targetId: member.person.id,
          targetAuthorId: member.person.id,
          spaceId: space.id,
          meta: { role: member.role },
        });
      }
    }
    const project = space.spec.project;
    if (project?.closedDaysAgo !== undefined && space.projectId) {
      log.add({
        at: projectClosedAt(cal, project.closedDaysAgo),
        actorId: space.owner.id,
        verb: 'update_project',
        targetType: 'project',
        targetId: space.projectId,
        spaceId: space.id,
        meta: { status: project.status, outcomeValue: project.outcomeValue },
      });
    }
  }
  for (const f of org.follows) {
    if (f.targetUser) {
      log.add({
        at: f.at,
        actorId: f.follower.id,
        verb: 'follow',
        targetType: 'person',
        targetId: f.targetUser.id,
        targetAuthorId: f.targetUser.id,
      });
    } else if (f.targetSpace) {
      log.add({
        at: f.at,
        actorId: f.follower.id,
        verb: 'follow',
        targetType: 'space',
        targetId: f.targetSpace.id,
        spaceId: f.targetSpace.id,
      });
    }
  }
};

/** When a closed project got its final status: the morning of its closing day. */
export const projectClosedAt = (cal: DemoCalendar, closedDaysAgo: number): Date =>
  cal.at(weekdayOnOrBefore(cal, closedDaysAgo), 8 * 60 + 5);
