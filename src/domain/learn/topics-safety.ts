// Learn: when to get help, pain that is not a strain, and how the app reaches its answers.
import { EMERGENCY_NUMBER } from "./emergency.ts";
import { bullets, para, section, topic } from "./types.ts";

export const WHEN_TO_GET_HELP = topic({
  id: "when-to-get-help",
  title: "Warning signs and when to get help",
  summary:
    "A few signs need an emergency department now or a doctor today. Most strains need only a visit to a physiotherapist or sports medicine doctor when you can.",
  sections: [
    section(
      "emergency",
      "Emergency: get help now",
      ["BMJ Best Practice", "JBJS Case Connect 2020", "NHS DVT guidance"],
      bullets(
        "Numbness between the legs (the “saddle” area) or a new change in bladder or bowel control, especially with back pain.",
        "A thigh that is tense and swollen, with pain that keeps rising despite rest.",
        "A swollen, warm calf together with breathlessness, chest pain or coughing blood.",
      ),
      para(`Call ${EMERGENCY_NUMBER} now, or go to A&E (the emergency department) now.`),
    ),
    section(
      "same-day",
      "See a doctor today",
      ["NHS DVT guidance", "Subbu 2015", "NHS grade 3"],
      bullets(
        "One calf swollen, warm and tender (a possible blood clot).",
        "A numb foot or shin, or toes catching when you walk (a possible nerve injury).",
        "You cannot put weight on the leg.",
      ),
      para(
        "Contact your GP or family doctor for a same-day appointment, go to an urgent care centre, or in the UK call NHS 111.",
      ),
    ),
    section(
      "avulsion",
      "Within days: a tendon pulled off the bone",
      ["van der Made 2019", "Kuske 2016", "Subbu 2015", "Reurink 2022"],
      para(
        "Sometimes the hamstring tendon comes away from the sit bone (an avulsion). It often happens in a slip with the leg shooting forward straight, and is more common over 40 and in teenagers. It is easy to mistake for a bad strain. Warning signs:",
      ),
      bullets(
        "A pop high up, near the buttock crease.",
        "Pain sitting on a firm chair.",
        "A large bruise spreading down the back of the thigh, often a few days later.",
        "A dip or gap you can feel under the sit bone.",
        "A leg that feels weak, uncoordinated, or will not work properly.",
      ),
      para(
        "Get an urgent appointment with a sports medicine or orthopaedic doctor within days; an MRI scan may be needed. If surgery is needed, repair within about 6 weeks gives a much faster return.",
      ),
    ),
    section(
      "not-improving",
      "Not getting better",
      ["van der Made 2019", "Turl & George 1998"],
      para(
        "If you still cannot walk normally about 10 days after the injury, or the same spot keeps getting strained, have it checked by a professional. A missed tendon injury or a nerve problem can be the reason.",
      ),
    ),
    section(
      "find-a-professional",
      "Finding the right professional",
      ["seed"],
      bullets(
        "A physiotherapist: examines the injury, confirms the grade and guides the rehab.",
        "A sports medicine doctor: for scans, severe injuries and injuries that are not improving.",
        "A sports massage therapist: can help with recovery and running form.",
      ),
      para(
        "Your GP or family doctor can refer you; many physiotherapists can also be booked directly. Look for someone qualified and registered in your country who works with runners, and bring your Stride Back report.",
      ),
    ),
  ],
});

export const NOT_A_STRAIN = topic({
  id: "not-a-strain",
  title: "Is it really a strain?",
  summary:
    "Some pain at the back of the thigh is not a strain: pain coming from the back or a nerve, a tendon problem at the sit bone, or cramp and next-day soreness. Each needs a different plan.",
  sections: [
    section(
      "referred",
      "Pain coming from the back or a nerve",
      ["Turl & George 1998"],
      para(
        "Pain that came on gradually, with back pain or stiffness, pins and needles below the knee, and that is worse sitting slumped, may come from the lower back or the sciatic nerve rather than the muscle.",
      ),
      para(
        "See a physiotherapist (not urgent). Easy, flat running is usually fine if you walk without pain and running does not make it worse. If you ever notice numbness between the legs or bladder or bowel changes, that is an emergency.",
      ),
    ),
    section(
      "tendinopathy",
      "A tendon problem at the sit bone",
      ["Goom 2016", "Silbernagel 2007"],
      para(
        "A deep ache at the sit bone that built up over weeks, worse sitting, on hills and at speed, with no single moment of injury, is often proximal hamstring tendinopathy, common in distance runners.",
      ),
      para(
        "It needs a tendon-loading programme from a physiotherapist, not the strain programme. Easy, flat running with no more than 3 out of 10 pain, and no worse the next day, is usually fine. Avoid hills, speed and stretching into the sit bone.",
      ),
    ),
    section(
      "functional",
      "Cramp or next-day soreness",
      ["Mueller-Wohlfahrt 2013", "Ekstrand 2013"],
      para(
        "Soreness that started the day after a hard session, soreness in both legs, or a cramp that eased so you now walk normally, usually means an overloaded, tired muscle rather than a tear. It mostly settles within about a week; easy recovery runs are fine from the next day.",
      ),
    ),
  ],
});

export const HOW_THIS_APP_DECIDES = topic({
  id: "how-this-app-decides",
  title: "How Stride Back reaches its answers",
  summary:
    "Written rules, from a running-injury article and the research behind it, turn your answers into an estimate. It is not a diagnosis.",
  sections: [
    section(
      "rules",
      "Rules you can read",
      ["seed"],
      para(
        "Every answer lists the rules that shaped it, each with its source. Warning signs are always checked first. The original article is the floor: research can make the app more careful, never less.",
      ),
    ),
    section(
      "estimate",
      "An estimate, not a diagnosis",
      ["seed", "Ishøi 2020"],
      para(
        "The app cannot examine you. Its grade and time ranges are estimates from your answers. A professional's grade, findings and advice replace the app's estimate as soon as they are entered.",
      ),
    ),
    section(
      "get-help",
      "Help is always one step away",
      ["seed"],
      para(
        `If you are unsure, or things get worse, see a physiotherapist or doctor. In an emergency, call ${EMERGENCY_NUMBER}.`,
      ),
    ),
  ],
});
