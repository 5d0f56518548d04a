/**
 * Dana's deterministic NLU: {@link com.dentalai.hub.domain.nlu.NluEngine#parse} turns one Hebrew or
 * English chat message into an {@link com.dentalai.hub.domain.nlu.Intent}, a confidence, the
 * language and {@link com.dentalai.hub.domain.nlu.Slots}.
 *
 * <p>Rules callers rely on:
 *
 * <ul>
 *   <li>Intents are scored from weighted phrases in {@code intent-lexicon.txt} (data, not code);
 *       one typo is forgiven in English words of 5+ letters and Hebrew words of 6+ letters (Hebrew
 *       without vowels packs real words one letter apart), never in the first letter, never a
 *       plural for a singular. Out-of-scope cues must match exactly.
 *   <li>{@code medical_emergency} wins over everything once its score reaches the emergency floor
 *       (swelling with fever, bleeding that will not stop, a tooth knocked out or broken in a fall
 *       or accident, trouble breathing or swallowing).
 *   <li>Greeting, thanks, confirm and deny give way to a real request in the same message, except
 *       a leading yes/no ("yes please book it" confirms).
 *   <li>Confidence is in [0, 1]; below {@code 0.4} the intent is {@code out_of_scope}.
 *   <li>A message that only names a date or time ("tomorrow at 10") reads as
 *       {@code book_appointment} with low confidence: in a chat it answers Dana's question.
 *   <li>An option number ("2", "the second one", "השנייה") reads as {@code confirm} with
 *       {@link com.dentalai.hub.domain.nlu.Slots#choice()} set.
 *   <li>Dates and times: see {@code DateTimeExtractor} — weekday = next occurrence after today;
 *       "next Tuesday" = upcoming Tuesday, "Tuesday next week" = Tuesday of the next Sunday-based
 *       week; numeric dates are day/month unless only month/day is valid (12/15); past dates
 *       without a year mean next year; a bare hour 1-7 means pm; parts of day fill
 *       {@link com.dentalai.hub.domain.nlu.Slots#partOfDay()}, never {@code time}; values are
 *       wall-clock in the clinic's zone ({@code now} must be given in that zone).
 *   <li>Language: "he" or "en" by which script has more letters; no letters at all → "he".
 *   <li>Input beyond 4000 characters is ignored.
 * </ul>
 */
package com.dentalai.hub.domain.nlu;
