// Read-aloud of a lesson with the browser's speech (Web Speech API). Markup and loading:
// src/components/settings/ReadAloud.astro. One utterance per sentence: the highlight follows
// each sentence, a pause or a jump simply starts a sentence again, and long texts do not stall
// (some browsers stop a long utterance after about 15 seconds).
import { settings, changeSetting } from '../../stores/settings';
import { pickDutchVoice, splitSentences } from '../../lib/settings';
import { t } from '../../i18n/widgets/settings';

/** What is read: the lesson text and the Samenvatting of the lesson the controls belong to. */
const READ = '.lesson-body, .samenvatting';
/** Never read: controls, exercises, tooltips and text that is not shown. */
const SKIP =
  'button, input, select, textarea, label, astro-island, .oefening, .read-aloud, [role="tooltip"], .visually-hidden, noscript, script, style, svg, [hidden], [aria-hidden="true"], [data-read-skip]';
/** The parts a text is read in; a click on one starts reading there. */
const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, blockquote, figcaption, caption';
const HIGHLIGHT = 'read-aloud';

interface Sentence {
  text: string;
  range: Range;
  block: Element;
}

/** The sentences of the given parts of the page, in reading order, each with its place in the DOM. */
export function collectSentences(roots: Element[]): Sentence[] {
  const sentences: Sentence[] = [];
  const flush = (block: Element, nodes: Text[]) => {
    const text = nodes.map((node) => node.data).join('').replace(/\s/g, ' ');
    const position = (offset: number, atEnd: boolean): [Text, number] => {
      let rest = offset;
      for (const node of nodes) {
        if (rest < node.length || (atEnd && rest === node.length)) return [node, rest];
        rest -= node.length;
      }
      const last = nodes[nodes.length - 1]!;
      return [last, last.length];
    };
    for (const span of splitSentences(text)) {
      const range = document.createRange();
      range.setStart(...position(span.start, false));
      range.setEnd(...position(span.end, true));
      sentences.push({ text: text.slice(span.start, span.end).replace(/ {2,}/g, ' '), range, block });
    }
  };
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement && !node.parentElement.closest(SKIP) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
    });
    let block: Element | undefined;
    let nodes: Text[] = [];
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const own = node.parentElement!.closest(BLOCK);
      const nodeBlock = own && root.contains(own) ? own : root;
      if (nodeBlock !== block) {
        if (block) flush(block, nodes);
        block = nodeBlock;
        nodes = [];
      }
      nodes.push(node);
    }
    if (block) flush(block, nodes);
  }
  return sentences;
}

type State = 'idle' | 'playing' | 'paused' | 'unavailable';

export interface ReadAloudController {
  /** A button of the bar: toggle (start, pause, resume), stop, previous, next. */
  act(action: string): Promise<void>;
  setRate(rate: number): void;
}

/** Waits (briefly) for the browser's list of voices, which some browsers fill in later. */
function voices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener?.('voiceschanged', done);
      resolve(synth.getVoices());
    };
    synth.addEventListener?.('voiceschanged', done);
    setTimeout(done, 2500);
  });
}

const reducedMotion = () => document.documentElement.dataset.motion === 'reduce';

export function startReadAloud(root: HTMLElement): ReadAloudController {
  const synth = window.speechSynthesis;
  const article = root.closest('article') ?? document.body;
  const toggle = root.querySelector<HTMLButtonElement>('[data-ra="toggle"]')!;
  const toggleLabel = root.querySelector<HTMLElement>('[data-ra-label]')!;
  const stopButton = root.querySelector<HTMLButtonElement>('[data-ra="stop"]')!;
  const steps = [...root.querySelectorAll<HTMLButtonElement>('[data-ra="previous"], [data-ra="next"]')];
  const rateSelect = root.querySelector<HTMLSelectElement>('[data-ra-rate]')!;
  const status = root.querySelector<HTMLElement>('[data-ra-status]')!;

  settings.subscribe((value) => (rateSelect.value = String(value.readingRate)));

  let state: State = 'idle';
  let sentences: Sentence[] = [];
  let index = 0;
  let current: SpeechSynthesisUtterance | undefined;
  const highlights = 'highlights' in CSS && typeof Highlight === 'function' ? CSS.highlights : undefined;
  let markedBlock: Element | undefined;

  function show(next: State) {
    state = next;
    root.dataset.state = next;
    const active = next === 'playing' || next === 'paused';
    toggleLabel.textContent = t(next === 'playing' ? 'readAloud.pause' : next === 'paused' ? 'readAloud.resume' : 'readAloud.start');
    stopButton.hidden = !active;
    for (const step of steps) step.hidden = !active;
    article.classList.toggle('read-aloud-active', active);
  }

  function mark(sentence: Sentence | undefined) {
    highlights?.delete(HIGHLIGHT);
    markedBlock?.classList.remove('read-aloud-block');
    markedBlock = sentence?.block;
    if (!sentence) return;
    highlights?.set(HIGHLIGHT, new Highlight(sentence.range));
    sentence.block.classList.add('read-aloud-block');
    // Keep the sentence in view: a third from the top when it is off screen (or under the bar).
    const box = sentence.range.getBoundingClientRect();
    const barBottom = root.getBoundingClientRect().bottom;
    if (box.top < Math.max(0, barBottom) || box.bottom > innerHeight) {
      scrollBy({ top: box.top - innerHeight / 3, behavior: reducedMotion() ? 'auto' : 'smooth' });
    }
  }

  function silence() {
    current = undefined;
    synth.cancel();
  }

  function speak(at: number) {
    silence();
    const sentence = sentences[at];
    if (!sentence) return finish();
    index = at;
    mark(sentence);
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    if (voice) {
      utterance.voice = voice;
      utterance.lang = voice.lang;
    }
    utterance.rate = settings.get().readingRate;
    utterance.onend = () => {
      if (current === utterance && state === 'playing') speak(index + 1);
    };
    utterance.onerror = (event) => {
      if (current !== utterance || event.error === 'interrupted' || event.error === 'canceled') return;
      stop();
      status.textContent = t('readAloud.error');
    };
    current = utterance;
    if (synth.paused) synth.resume();
    synth.speak(utterance);
  }

  function play(at: number) {
    status.textContent = '';
    show('playing');
    speak(at);
  }

  function finish() {
    stop();
    status.textContent = t('readAloud.done');
  }

  function stop() {
    // Stop and the paragraph buttons disappear: keep the keyboard focus in the bar.
    const focused = document.activeElement;
    silence();
    mark(undefined);
    show('idle');
    if (focused === stopButton || steps.includes(focused as HTMLButtonElement)) toggle.focus();
  }

  /** The first sentence of the paragraph before or after the current one. */
  function blockStart(direction: -1 | 1): number {
    const here = sentences[index]?.block;
    let at = index;
    if (direction === 1) {
      while (at < sentences.length && sentences[at]!.block === here) at++;
      return at;
    }
    while (at > 0 && sentences[at]!.block === here) at--;
    const previous = sentences[at]!.block;
    while (at > 0 && sentences[at - 1]!.block === previous) at--;
    return at;
  }

  function jump(at: number) {
    if (at >= sentences.length) return finish();
    if (state === 'playing') speak(at);
    else {
      index = at;
      mark(sentences[at]);
    }
  }

  // No Dutch voice: say so instead of offering read-aloud. A voice that turns up later (some
  // browsers load their voices slowly) still makes it available.
  let voice: SpeechSynthesisVoice | undefined;
  const useVoices = (list: SpeechSynthesisVoice[]) => {
    if (voice) return;
    voice = pickDutchVoice(list);
    if (voice) show('idle');
    else root.dataset.state = 'unavailable';
  };
  const voicesKnown = voices(synth).then(useVoices);
  synth.addEventListener?.('voiceschanged', () => {
    if (synth.getVoices().length) useVoices(synth.getVoices());
  });

  // Clicking a paragraph while reading (or paused) continues from there; links, buttons and
  // selecting text keep working as usual.
  article.addEventListener('click', (event) => {
    if (state !== 'playing' && state !== 'paused') return;
    const target = event.target as Element;
    if (target.closest('a, button, input, select, textarea, label, summary, astro-island, .read-aloud')) return;
    if (getSelection()?.toString()) return;
    const at = sentences.findIndex((sentence) => sentence.block.contains(target));
    if (at >= 0) play(at);
  });
  addEventListener('pagehide', () => silence());

  return {
    async act(action) {
      await voicesKnown;
      if (!voice) return;
      if (action === 'toggle') {
        if (state === 'playing') {
          silence();
          show('paused');
        } else if (state === 'paused') play(index);
        else {
          sentences = collectSentences([...article.querySelectorAll(READ)]);
          play(0);
        }
      } else if (action === 'stop') stop();
      else if (action === 'previous') jump(blockStart(-1));
      else if (action === 'next') jump(blockStart(1));
    },
    setRate(rate) {
      changeSetting('readingRate', rate);
      if (state === 'playing') speak(index);
    },
  };
}
