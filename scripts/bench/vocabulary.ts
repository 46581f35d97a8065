/**
 * Word pools for the generated entries. The generator combines them so that titles, summaries,
 * topics, requirements and bodies vary in length and wording, as a department's real adverts do.
 * No string here contains MDX syntax (`{`, `}`, `<`, `>`).
 */

export interface Place {
  institution: string;
  department: string;
  locality: string;
  /** ISO 3166 two-letter code. */
  country: string;
  /** IANA zone of the place; its programmes' deadlines are read in it. */
  timeZone: string;
  /** Email domain for contacts. */
  domain: string;
}

export const PLACES: readonly Place[] = [
  {
    institution: "University of Oxford",
    department: "Department of Engineering Science",
    locality: "Oxford",
    country: "GB",
    timeZone: "Europe/London",
    domain: "eng.example.ac.uk",
  },
  {
    institution: "University of Oxford",
    department: "Big Data Institute",
    locality: "Oxford",
    country: "GB",
    timeZone: "Europe/London",
    domain: "bdi.example.ac.uk",
  },
  {
    institution: "Imperial College London",
    department: "Department of Computing",
    locality: "London",
    country: "GB",
    timeZone: "Europe/London",
    domain: "doc.example.ac.uk",
  },
  {
    institution: "University of Edinburgh",
    department: "School of Informatics",
    locality: "Edinburgh",
    country: "GB",
    timeZone: "Europe/London",
    domain: "inf.example.ac.uk",
  },
  {
    institution: "Technical University of Munich",
    department: "School of Computation, Information and Technology",
    locality: "Munich",
    country: "DE",
    timeZone: "Europe/Berlin",
    domain: "cit.example.de",
  },
  {
    institution: "ETH Zurich",
    department: "Department of Information Technology and Electrical Engineering",
    locality: "Zurich",
    country: "CH",
    timeZone: "Europe/Zurich",
    domain: "ee.example.ch",
  },
  {
    institution: "Inria",
    department: "Epione research team",
    locality: "Sophia Antipolis",
    country: "FR",
    timeZone: "Europe/Paris",
    domain: "epione.example.fr",
  },
  {
    institution: "University of Amsterdam",
    department: "Informatics Institute",
    locality: "Amsterdam",
    country: "NL",
    timeZone: "Europe/Amsterdam",
    domain: "ivi.example.nl",
  },
  {
    institution: "University of Toronto",
    department: "Department of Medical Biophysics",
    locality: "Toronto",
    country: "CA",
    timeZone: "America/Toronto",
    domain: "mbp.example.ca",
  },
  {
    institution: "Massachusetts General Hospital",
    department: "Martinos Center for Biomedical Imaging",
    locality: "Boston",
    country: "US",
    timeZone: "America/New_York",
    domain: "martinos.example.org",
  },
  {
    institution: "Stanford University",
    department: "Department of Radiology",
    locality: "Stanford",
    country: "US",
    timeZone: "America/Los_Angeles",
    domain: "radiology.example.edu",
  },
  {
    institution: "University of Melbourne",
    department: "School of Computing and Information Systems",
    locality: "Melbourne",
    country: "AU",
    timeZone: "Australia/Melbourne",
    domain: "cis.example.edu.au",
  },
  {
    institution: "National University of Singapore",
    department: "Department of Biomedical Engineering",
    locality: "Singapore",
    country: "SG",
    timeZone: "Asia/Singapore",
    domain: "bme.example.sg",
  },
  {
    institution: "University of Tokyo",
    department: "Graduate School of Information Science and Technology",
    locality: "Tokyo",
    country: "JP",
    timeZone: "Asia/Tokyo",
    domain: "ist.example.jp",
  },
  {
    institution: "University of Auckland",
    department: "Auckland Bioengineering Institute",
    locality: "Auckland",
    country: "NZ",
    timeZone: "Pacific/Auckland",
    domain: "abi.example.nz",
  },
  {
    institution: "Indian Institute of Science",
    department: "Department of Computational and Data Sciences",
    locality: "Bengaluru",
    country: "IN",
    timeZone: "Asia/Kolkata",
    domain: "cds.example.in",
  },
  {
    institution: "University of São Paulo",
    department: "Institute of Mathematics and Computer Sciences",
    locality: "São Carlos",
    country: "BR",
    timeZone: "America/Sao_Paulo",
    domain: "icmc.example.br",
  },
  {
    institution: "University of Cape Town",
    department: "Department of Human Biology",
    locality: "Cape Town",
    country: "ZA",
    timeZone: "Africa/Johannesburg",
    domain: "hb.example.za",
  },
];

/** Research areas: the subject of a title or a programme. */
export const AREAS = [
  "medical image analysis",
  "cardiac MRI",
  "fetal ultrasound",
  "computational pathology",
  "neuroimaging",
  "radiology report generation",
  "surgical video understanding",
  "retinal imaging",
  "musculoskeletal CT",
  "multimodal foundation models for healthcare",
  "uncertainty quantification in clinical AI",
  "federated learning across hospitals",
  "MRI reconstruction",
  "human-AI collaboration in radiology",
  "robotic ultrasound",
  "oncology imaging",
  "lung cancer screening",
  "dermatology imaging",
  "point-of-care diagnostics",
  "digital twins of the heart",
  "brain connectomics",
  "population imaging",
  "interventional imaging",
  "medical vision-language models",
] as const;

export const METHODS = [
  "Self-supervised learning",
  "Diffusion models",
  "Graph neural networks",
  "Causal inference",
  "Agentic workflows",
  "Vision-language models",
  "Active learning",
  "Domain adaptation",
  "Explainable machine learning",
  "Reinforcement learning",
  "Physics-informed neural networks",
  "Bayesian deep learning",
  "Weakly supervised segmentation",
  "Test-time adaptation",
  "Neural implicit representations",
  "Human-in-the-loop learning",
  "Fairness auditing",
  "Continual learning",
] as const;

export const APPLICATIONS = [
  "fetal ultrasound screening",
  "cardiac MRI",
  "whole-slide histopathology",
  "chest radiographs",
  "brain MRI",
  "echocardiography",
  "retinal OCT",
  "endoscopic video",
  "mammography",
  "prostate MRI",
  "CT angiography",
  "skill assessment of sonographers",
  "radiotherapy planning",
  "clinical report generation",
  "multi-modal patient records",
  "low-resource clinical settings",
] as const;

export const TITLE_PATTERNS: readonly ((area: string, institution: string) => string)[] = [
  (area) => `PhD studentship in ${area}`,
  (area) => `Fully funded DPhil position in ${area}`,
  (area, institution) => `PhD opportunity in ${area} at ${institution}`,
  (area) => `Two PhD studentships in ${area}`,
  (area) => `Doctoral project: ${area} for safer clinical decisions`,
  (area) => `PhD in ${area} with industrial partners`,
  (area) => `Funded PhD: trustworthy machine learning for ${area}`,
  (area) => `PhD position on ${area} and human factors`,
];

export const ADJECTIVES = [
  "highly self-motivated",
  "curious and committed",
  "outstanding",
  "ambitious",
  "enthusiastic",
  "talented",
] as const;

export const SUMMARY_PATTERNS: readonly ((
  adjective: string,
  area: string,
  department: string,
  institution: string,
) => string)[] = [
  (adjective, area, department, institution) =>
    `We are seeking ${adjective} students to pursue a PhD in ${area} at the ${department}, ${institution}.`,
  (adjective, area, department) =>
    `The ${department} invites ${adjective} applicants for a doctoral project in ${area}, working closely with clinicians.`,
  (adjective, area, _department, institution) =>
    `Join ${institution} as a PhD student in ${area}: we are looking for ${adjective} candidates who want their research to reach patients.`,
  (adjective, area) =>
    `A funded position for ${adjective} students interested in ${area}, from new methods to clinical evaluation.`,
];

export const EXPECTATIONS = [
  "Candidates are expected to have a strong background in a relevant STEM discipline, and experience in one or more of the following areas: computer vision, machine learning and/or medical imaging.",
  "Candidates should hold, or expect to obtain, a master's degree in computer science, engineering, physics or mathematics.",
  "Applicants are expected to have solid programming skills and a background in signal processing, statistics or machine learning.",
  "We expect a strong quantitative background and a genuine interest in clinical translation.",
  "Candidates are expected to have a first-class or strong upper second-class degree in a quantitative subject.",
] as const;

export const ESSENTIAL_REQUIREMENTS = [
  "A passion in solving real-world healthcare challenges using computational tools.",
  "Sufficient communication and academic writing skills, demonstrated through a publication track record and/or presentations at scientific events.",
  "Strong analytical, problem-solving, organizational, and interpersonal skills.",
  "A good (1st or strong upper 2nd with honors) undergraduate degree or equivalent in a relevant STEM discipline.",
  "Experience with Python and a deep learning framework such as PyTorch or JAX.",
  "Fluency in written and spoken English.",
  "The ability to work independently and as part of a multi-disciplinary team.",
  "A solid grounding in linear algebra, probability and optimisation.",
  "Willingness to spend time in a hospital environment alongside clinicians.",
] as const;

export const DESIRABLE_REQUIREMENTS = [
  "Experience with medical imaging data such as DICOM or NIfTI.",
  "A publication at a venue such as MICCAI, IPMI, CVPR or NeurIPS.",
  "Familiarity with ultrasound or MRI physics.",
  "Experience of working with clinical collaborators.",
  "Open-source contributions to scientific software.",
  "Experience with high-performance computing clusters.",
  "Knowledge of human-computer interaction research methods.",
] as const;

export const EDUCATION = [
  "A good (1st or strong upper 2nd with honors) undergraduate degree or equivalent in a relevant STEM discipline.",
  "A master's degree in computer science, engineering, physics or a related field.",
  "An undergraduate degree in a quantitative subject, with a strong academic record.",
] as const;

export const ELIGIBILITY = [
  "Open to applicants of any nationality.",
  "Open to UK and EU applicants; international applicants may apply for fee waivers.",
  "Applicants must be eligible for home fee status.",
] as const;

export const NOTICES = [
  "Please note that due to the high volume of inquiries as the deadline approaches, I may not be able to respond to all emails. A lack of reply is not a reflection of your qualifications or potential.",
  "Interviews are expected to take place online about four weeks after the closing date.",
  "This position is offered subject to final confirmation of funding.",
  "We particularly welcome applications from groups under-represented in engineering.",
] as const;

export const FUNDING_ADVICE = [
  "You are strongly advised to check the [University fees and funding webpage](https://www.ox.ac.uk/admissions/graduate/fees-and-funding/oxford-funding) as early as possible.",
  "For prospective students who want to apply through CDT programs, please check the websites of individual CDTs.",
  "Most scholarships are awarded **automatically** with the graduate application; see the [scholarship search](https://www.ox.ac.uk/admissions/graduate/fees-and-funding/fees-funding-and-scholarship-search) for others.",
] as const;

export const BODY_SENTENCES = [
  "The students will join a multi-disciplinary research group of approximately 20 PhD students and postdoctoral researchers.",
  "The group is led by two faculty members and focuses on machine learning and human-machine collaboration for medical imaging.",
  "The students will collaborate with world-leading clinicians and scientists.",
  "Our projects are co-designed with radiologists, sonographers and cardiologists, and evaluated on data from routine clinical care.",
  "We run a weekly reading group, an annual retreat and regular hackathons with our clinical partners.",
  "Students have access to a dedicated GPU cluster and to curated, ethically approved imaging datasets.",
  "Previous students have gone on to research positions in academia, industry and the health service.",
  "We value open science: code and models from the group are released under permissive licences.",
  "The project includes an optional placement with an industrial partner during the second year.",
  "Training in research ethics, good clinical practice and data governance is provided.",
  "You will present your work at international conferences such as MICCAI and publish in leading journals.",
  "Supervision is shared between an engineering and a clinical supervisor.",
] as const;

export const BODY_HEADINGS = [
  "About the group",
  "What you will do",
  "Training and environment",
  "How to get in touch",
] as const;

export const BODY_LIST_ITEMS = [
  "design new learning algorithms for imaging data",
  "validate methods prospectively with clinical partners",
  "build open-source tools used by other groups",
  "study how clinicians interact with AI assistance",
  "publish and present at top venues",
  "mentor undergraduate and master's students",
] as const;

export const CLOSING_LINES = [
  "Feel free to get in touch if you are interested!",
  "Informal enquiries are welcome; please include a CV and a short statement of interest.",
  "We look forward to hearing from you.",
] as const;

export const PROGRAM_PATTERNS: readonly {
  kind: "DPhil" | "CDT" | "other";
  name: (area: string, institution: string) => string;
}[] = [
  { kind: "DPhil", name: (area) => `DPhil in ${capitalise(area)}` },
  {
    kind: "DPhil",
    name: (_area, institution) => `PhD programme in Biomedical Engineering, ${institution}`,
  },
  { kind: "CDT", name: (area) => `EPSRC Centre for Doctoral Training in ${capitalise(area)}` },
  { kind: "CDT", name: (area) => `UKRI AI Centre for Doctoral Training in ${capitalise(area)}` },
  { kind: "other", name: (area) => `International doctoral school in ${area}` },
  { kind: "other", name: (_area, institution) => `${institution} graduate fellowship programme` },
];

export const DEADLINE_LABELS = [
  "for most scholarships",
  "for international applicants",
  "final deadline",
  "early-bird round",
  "for funded places",
] as const;

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
