// How fast a run was, in the runner's words, and the effort (0..1 of top speed) each stands for.
export const EFFORTS = [
  { value: 0.4, label: "Walk-jog, very easy" },
  { value: 0.5, label: "Easy jog: I could chat" },
  { value: 0.6, label: "Easy run" },
  { value: 0.7, label: "Steady" },
  { value: 0.9, label: "Fast strides or tempo" },
  { value: 1, label: "Flat out: sprints or hills" },
] as const;
