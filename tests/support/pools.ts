/**
 * Invented but realistic material for test data: people from several scripts
 * (each with an ASCII spelling for email addresses and profile slugs),
 * companies on `.example` domains, roles, notes and articles. No real person or
 * company is meant.
 */

/** [as written, ASCII] */
export type Spelled = readonly [string, string];

export interface Culture {
  given: readonly Spelled[];
  family: readonly Spelled[];
  /** How a full name is written in this culture. */
  full(given: string, family: string): string;
}

const westernOrder = (given: string, family: string) => `${given} ${family}`;
const familyFirst = (given: string, family: string) => `${family}${given}`;

export const CULTURES: readonly { weight: number; culture: Culture }[] = [
  {
    weight: 12,
    culture: {
      given: [
        ['Alice', 'alice'], ['Marcus', 'marcus'], ['Priya', 'priya'], ['Jonas', 'jonas'], ['Fatima', 'fatima'], ['Diego', 'diego'],
        ['Chloé', 'chloe'], ['Søren', 'soren'], ['Zoë', 'zoe'], ['Mateus', 'mateus'], ['Ngozi', 'ngozi'], ['Aarav', 'aarav'],
        ['Ingrid', 'ingrid'], ['Tomás', 'tomas'], ['Leila', 'leila'], ['Kwame', 'kwame'],
      ],
      family: [
        ['Okafor', 'okafor'], ['Lindqvist', 'lindqvist'], ['Hernández', 'hernandez'], ['Nakamura', 'nakamura'], ['Schulz', 'schulz'], ['Dubois', 'dubois'],
        ['Kowalski', 'kowalski'], ['Ferreira', 'ferreira'], ['O’Brien', 'obrien'], ['van der Berg', 'vanderberg'], ['Haddad', 'haddad'], ['Patel', 'patel'],
        ['Rossi', 'rossi'], ['Nguyen', 'nguyen'], ['Mensah', 'mensah'],
      ],
      full: westernOrder,
    },
  },
  {
    weight: 2,
    culture: {
      given: [['芳', 'fang'], ['伟', 'wei'], ['秀英', 'xiuying'], ['敏', 'min'], ['静', 'jing']],
      family: [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen']],
      full: familyFirst,
    },
  },
  {
    weight: 1,
    culture: {
      given: [['さくら', 'sakura'], ['健太', 'kenta'], ['陽菜', 'hina'], ['翔', 'sho']],
      family: [['佐藤', 'sato'], ['鈴木', 'suzuki'], ['高橋', 'takahashi'], ['田中', 'tanaka']],
      full: familyFirst,
    },
  },
  {
    weight: 1,
    culture: {
      given: [['민준', 'minjun'], ['서연', 'seoyeon'], ['지호', 'jiho']],
      family: [['김', 'kim'], ['이', 'lee'], ['박', 'park']],
      full: familyFirst,
    },
  },
  {
    weight: 2,
    culture: {
      given: [['Дмитрий', 'dmitry'], ['Анна', 'anna'], ['Сергей', 'sergey'], ['Ольга', 'olga']],
      family: [['Иванов', 'ivanov'], ['Смирнова', 'smirnova'], ['Кузнецов', 'kuznetsov'], ['Попова', 'popova']],
      full: westernOrder,
    },
  },
  {
    weight: 1,
    culture: {
      given: [['أحمد', 'ahmed'], ['ليلى', 'layla'], ['يوسف', 'youssef'], ['مريم', 'maryam']],
      family: [['الحسن', 'alhassan'], ['منصور', 'mansour'], ['خليل', 'khalil']],
      full: westernOrder,
    },
  },
  {
    weight: 1,
    culture: {
      given: [['Αλέξανδρος', 'alexandros'], ['Ελένη', 'eleni']],
      family: [['Παπαδόπουλος', 'papadopoulos'], ['Γεωργίου', 'georgiou']],
      full: westernOrder,
    },
  },
];

/** [name, domain stem] */
export const COMPANIES: readonly Spelled[] = [
  ['Brightforge Labs', 'brightforge'],
  ['Quillmark', 'quillmark'],
  ['Tern & Tide Logistics', 'terntide'],
  ['Kestrel Analytics', 'kestrel-analytics'],
  ['Lumen Harbor', 'lumenharbor'],
  ['Copperleaf Health', 'copperleaf'],
  ['Nimbus Ferry', 'nimbusferry'],
  ['北辰数据', 'beichen-data'],
  ['Vostok Systems', 'vostok-systems'],
  ['Saffron Ledger', 'saffronledger'],
  ['Mirador Games', 'mirador-games'],
  ['Bluefin Payments, Inc.', 'bluefin-pay'],
  ['Helix & Hearth', 'helixhearth'],
  ['Pangolin Security', 'pangolin-sec'],
  ['ミナト工房', 'minato-kobo'],
  ['Fjordline Energy', 'fjordline'],
  ['Kumquat Robotics', 'kumquat-robotics'],
  ['Verdant Loop', 'verdantloop'],
];

export const ROLES = [
  'Senior Frontend Engineer',
  'Staff Software Engineer, Payments',
  'Product Designer',
  'Data Scientist',
  'Engineering Manager',
  'Site Reliability Engineer',
  'Product Manager, Growth',
  'Machine Learning Engineer',
  'Technical Writer',
  'Solutions Architect',
] as const;

export const TITLES = [
  'Engineering Manager',
  'VP of Engineering',
  'Senior Recruiter',
  'Talent Partner',
  'Staff Engineer',
  'Head of Design',
  'CTO',
  'Product Lead',
  'Tech Lead, Platform',
  'Director of Data',
] as const;

export const NOTES = [
  'Asked about my experience migrating a monolith to services.',
  'She mentioned the team is moving the ingestion pipeline to Rust.',
  'Promised to send the article on “boring technology”.',
  'They liked the tests in the take-home; asked why I skipped the cache.',
  'He is hiring two more people this quarter — mention my open-source work.',
  'On-call is one week in six, paid. Remote-first, offsite twice a year.',
  'Next step: system design with the platform team 🚀',
  'Salary band not discussed yet; ask the recruiter, not the panel.',
  'Talked about accessibility audits, WCAG 2.2, and their design system.',
  'Q: "What would you change in your first 90 days?" — answered: observability, then onboarding docs.',
  'Interviewer used to work in Lisbon; we talked about the tram 28 for five minutes.',
  'Team of 6, reports to the CTO; roadmap is set per quarter, 70/20/10.',
] as const;

export const ARTICLES = [
  ['Why we rewrote our queue in Rust', 'rewrote-queue-rust'],
  ['Design systems at scale: lessons from 40 teams', 'design-systems-at-scale'],
  ['The case for boring technology, revisited', 'boring-technology-revisited'],
  ['Observability without the bill shock', 'observability-bill-shock'],
  ['How we cut p99 latency by 60%', 'cut-p99-latency'],
  ['Remote onboarding that works', 'remote-onboarding'],
  ['A field guide to payment retries', 'payment-retries'],
  ['What accessibility audits taught us', 'accessibility-audits'],
] as const;

export const TOPICS = [
  'rust',
  'hiring',
  'design systems',
  'observability',
  'payments',
  'ml ops',
  'accessibility',
  'remote work',
  'kubernetes',
  'product strategy',
] as const;
