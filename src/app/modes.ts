/**
 * Switching between free play, a lesson and a practice round, and what their panels' buttons
 * do: teacher links, hints, checks, official attempts, replay files.
 */
import { t, type Lang } from '../i18n/index.ts';
import type { LessonAction } from '../ui/qd-lesson-panel.ts';
import type { RoundAction } from '../ui/qd-round-panel.ts';
import type { LessonController } from './lesson-controller.ts';
import { downloadText } from './project-io.ts';
import type { RoundController } from './round-controller.ts';
import { lessonLink, roundLink, teacherLinkTarget } from './teacher-links.ts';

export interface ModeHooks {
  lang(): Lang;
  /** A message that stays until dismissed. */
  notice(text: string): void;
  /** A passing message. */
  toast(text: string): void;
  /** data-* attributes on the app for tests (the last link made). */
  mark(key: string, value: string): void;
}

export class Modes {
  constructor(
    private readonly lessons: LessonController,
    private readonly rounds: RoundController,
    private readonly hooks: ModeHooks,
  ) {}

  /**
   * A lesson or round link; the fragment is then cleared so a reload keeps the work. Without
   * a link at start-up, the round that was open before the reload opens again (a lesson needs
   * nothing: the project is the lesson's).
   */
  async openLink(hash: string, startUp = false) {
    const target = teacherLinkTarget(hash);
    const resume = startUp && !target && !this.lessons.lesson ? this.rounds.lastOpen : null;
    if (resume !== null) {
      await this.openRound(resume);
      return;
    }
    if (hash) history.replaceState(null, '', location.pathname + location.search);
    const lang = this.hooks.lang();
    if (target?.kind === 'lesson' && !(await this.openLesson(target.id)))
      this.hooks.notice(t(lang, 'lessons.unknown', { id: target.id }));
    if (target?.kind === 'round' && !(await this.openRound(target.id)))
      this.hooks.notice(t(lang, 'round.unknown', { id: target.id }));
  }

  async openLesson(id: string): Promise<boolean> {
    this.rounds.leave();
    return this.lessons.open(id);
  }

  async openRound(id: string): Promise<boolean> {
    if (this.lessons.lesson) await this.lessons.leave();
    this.lessons.showList(false);
    return this.rounds.open(id);
  }

  private async copyLink(kind: 'lessonLink' | 'roundLink', link: string) {
    await navigator.clipboard?.writeText(link).catch(() => undefined);
    this.hooks.mark(kind, link);
    this.hooks.toast(t(this.hooks.lang(), 'lesson.linkCopied', { link }));
  }

  async onLesson(action: LessonAction) {
    const lessons = this.lessons;
    const lang = this.hooks.lang();
    if (action === 'check') await lessons.check();
    else if (action === 'hint') lessons.showHint();
    else if (action === 'list') lessons.showList(true);
    else if (action === 'leave') await lessons.leave();
    else if (action === 'next' && lessons.next) await this.openLesson(lessons.next.file.id);
    else if (action === 'restart' && confirm(t(lang, 'lesson.restartConfirm'))) lessons.restart();
    else if (action === 'link' && lessons.lesson)
      await this.copyLink('lessonLink', lessonLink(location.href, lessons.lesson.file.id));
  }

  async onRound(action: RoundAction, index?: number) {
    const rounds = this.rounds;
    const round = rounds.round;
    if (!round) return;
    if (action === 'attempt') await rounds.attempt();
    else if (action === 'leave') rounds.leave();
    else if (action === 'list') this.lessons.showList(true);
    else if (action === 'restart' && confirm(t(this.hooks.lang(), 'round.restartConfirm')))
      rounds.restart();
    else if (action === 'link')
      await this.copyLink('roundLink', roundLink(location.href, round.id));
    else if (action === 'replay' && index !== undefined) {
      const recording = rounds.recording(index);
      const name = `${round.id}-attempt-${index + 1}.replay.json`;
      if (recording) downloadText(name, JSON.stringify(recording, null, 1));
    }
  }
}
