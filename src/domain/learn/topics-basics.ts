// Learn: the basics of a hamstring strain (what it is, anatomy, symptoms, causes), in our own words.
import { bullets, para, section, topic } from "./types.ts";

export const WHAT_IS_A_STRAIN = topic({
  id: "what-is-a-strain",
  title: "What is a hamstring strain?",
  summary:
    "Damage to the muscle fibres at the back of the thigh, from a sudden overload or from more work than the muscle was ready for.",
  sections: [
    section(
      "what-happens",
      "What happens in the muscle",
      ["seed"],
      para(
        "A strain happens when the hamstring muscles are stretched further than they can cope with, hit by a sudden force, or worked for longer than they have had time to get used to. Some muscle fibres tear: anything from tiny tears to, rarely, a complete tear.",
      ),
      para(
        "The area then becomes inflamed and sore. For a while, running, and sometimes even walking, can be difficult.",
      ),
    ),
    section(
      "when-it-happens",
      "When it happens",
      ["seed", "Schache 2012", "Chumanov 2011"],
      para(
        "Most strains happen at speed: sprinting, jumping, or a sudden change of direction. In running, the risky moment is the end of the swing, just before the foot lands, when the hamstring is long and working hard to slow the lower leg down. The faster you run, the harder it works.",
      ),
    ),
    section(
      "why-it-matters",
      "Why it is worth doing the rehab properly",
      ["seed", "Heiderscheit 2010", "Orchard 2020"],
      para(
        "Hamstring strains come back often: up to about one in three, most often in the first weeks after returning to running. A careful, step-by-step recovery is the best protection against that.",
      ),
    ),
    section(
      "distance-runners",
      "A note for distance runners",
      ["Goom 2016"],
      para(
        "If your pain built up slowly over weeks, deep in the buttock near the sit bone, without a single moment of injury, it may be a tendon problem rather than a strain. That needs a different plan: see “Is it really a strain?”.",
      ),
    ),
  ],
});

export const ANATOMY = topic({
  id: "anatomy",
  title: "The hamstring muscles",
  summary: "Three muscles at the back of the thigh, running from the sit bone to just below the knee.",
  sections: [
    section(
      "three-muscles",
      "Three muscles",
      ["seed"],
      para(
        "The hamstrings are a group of three muscles at the back of the thigh: the biceps femoris on the outer side, and the semitendinosus and semimembranosus on the inner side.",
      ),
    ),
    section(
      "biceps-femoris",
      "Biceps femoris (outer side)",
      ["seed", "Ekstrand 2012"],
      para(
        "The outermost hamstring has two parts, or heads. The long head starts at the sit bone (the ischial tuberosity, the bony point you sit on); the short head starts on the thigh bone (femur). Both attach on the outer side just below the knee, on the fibula and the outer edge of the shin bone (tibia).",
      ),
      para("The long head of the biceps femoris is the hamstring that is strained most often."),
    ),
    section(
      "inner-hamstrings",
      "Semitendinosus and semimembranosus (inner side)",
      ["seed"],
      para(
        "Both start at the sit bone. The semitendinosus, next to the biceps femoris, attaches on the inner surface of the upper shin bone. The semimembranosus, the innermost, attaches at the back of the inner side of the top of the shin bone.",
      ),
    ),
    section(
      "what-they-do",
      "What they do",
      ["seed", "Schache 2012"],
      bullets(
        "Bend the knee.",
        "Move the thigh backwards (hip extension), the push of every running stride.",
        "Help turn the hip.",
      ),
      para("When you run, they also act as a brake on the lower leg at the end of each swing."),
    ),
    section(
      "where-it-hurts",
      "What the spot that hurts can tell you",
      ["Askling 2006", "Askling 2013"],
      para(
        "When you tap where it hurts on the picture, the place hints at which muscle is involved. Pain right at the sit bone matters most: injuries there often involve the tendon and heal more slowly. The place does not decide how bad a strain is.",
      ),
    ),
  ],
});

export const SYMPTOMS = topic({
  id: "symptoms",
  title: "Symptoms and diagnosis",
  summary:
    "Pain at the back of the thigh, sometimes with bruising, stiffness and weakness. Signs can take hours or days to show fully.",
  sections: [
    section(
      "common-symptoms",
      "Common signs",
      ["seed"],
      bullets(
        "Pain or tenderness at the back of the thigh.",
        "Swelling or bruising there.",
        "Stiffness: the hip or knee will not move as far as usual.",
        "Difficulty walking or running, especially reaching the leg forward.",
        "A leg that feels weak.",
        "Spasms or cramping in the muscle.",
      ),
      para(
        "How much of this you have depends on how bad the strain is: a mild one may only be a little uncomfortable.",
      ),
    ),
    section(
      "delayed-signs",
      "Signs that show up later",
      ["seed", "van der Made 2019"],
      para(
        "Some signs take hours or days to appear. Bruising in particular can show up several days later, and a large bruise spreading down the thigh a few days after the injury is a reason to get checked (see “When to get help”).",
      ),
    ),
    section(
      "diagnosis",
      "What a professional checks",
      ["seed"],
      bullets(
        "How and when it happened, and what you were doing.",
        "Swelling, tenderness and bruising.",
        "How far the hip and knee move.",
        "Strength, compared with the other leg.",
      ),
    ),
    section(
      "scans",
      "Do I need a scan?",
      ["seed", "Jacobsen 2016", "van der Made 2019"],
      para(
        "For an ordinary strain, a scan adds little to what a good examination already shows about how long recovery will take. A scan matters when the tendon may have come away from the bone (an avulsion): then an MRI within days is important.",
      ),
    ),
  ],
});

export const CAUSES = topic({
  id: "causes",
  title: "Why did it happen?",
  summary:
    "Usually too much too soon, especially fast running; sometimes a slip or a blow. Overstriding may add to it.",
  sections: [
    section(
      "overuse",
      "Too much, too soon",
      ["seed", "Frandsen 2025"],
      para(
        "Most running injuries come from asking the body for more than it has had time to adapt to. Look back at the weeks before the injury: did your running go up, or did you add intervals, hill sprints or other fast work?",
      ),
    ),
    section(
      "speed",
      "Fast running",
      ["seed", "Chumanov 2011", "Green 2020"],
      para(
        "Running fast loads the hamstrings far more than easy running does. Add sprints and intervals gradually, and bring them back last after an injury.",
      ),
    ),
    section(
      "single-long-runs",
      "One run much longer than usual",
      ["Frandsen 2025", "Buist 2008"],
      para(
        "In a large study of runners, single runs more than 10 % longer than the longest run of the previous 30 days were linked to injury, while the weekly total going up was not. The popular “10 % a week” rule did not prevent injuries in a trial.",
      ),
    ),
    section(
      "trauma",
      "A slip or a blow",
      ["seed"],
      para(
        "A direct blow or an awkward slip, on a trail for example, can also tear the muscle. This is less common for distance runners.",
      ),
    ),
    section(
      "overstriding",
      "Overstriding",
      ["seed", "Heiderscheit 2011"],
      para(
        "Landing with the foot far ahead of your body stretches the hamstring more and makes it work harder. Feet that land under you, with slightly shorter and quicker steps, take some load off the joints, though no trial has shown this prevents hamstring strains. A professional gait analysis can tell you whether a change would help.",
      ),
    ),
    section(
      "risk-factors",
      "Things that raise the risk",
      ["Green 2020"],
      bullets(
        "A previous hamstring strain, especially a recent one (the biggest factor).",
        "Older age.",
        "A previous knee ligament (ACL) injury.",
        "A previous calf strain.",
      ),
    ),
    section(
      "your-data",
      "What your watch data can show",
      ["seed", "Frandsen 2025"],
      para(
        "If you import your runs, Stride Back looks at the weeks before the injury for these patterns: volume changes, single runs longer than usual, new fast running and signs of overstriding, and names the numbers behind each.",
      ),
    ),
  ],
});
