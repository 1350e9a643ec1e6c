package se.asfregister.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import se.asfregister.activity.ActivityKind;
import se.asfregister.activity.ActivityRecords.ActivityRequest;
import se.asfregister.activity.ActivityRecords.Participants;
import se.asfregister.demo.DemoCompanies.DemoCompany;

/**
 * The demo network's activities, generated per year: four network meetings (the action plan's
 * "at least four times a year"), two trainings, and a conference every other year, each with
 * the demo companies of its municipality that existed by then and a seeded number of participants.
 */
final class DemoActivities {

    private static final List<String> MEETING_PLACES = List.of("2080", "2081", "2062", "2085");
    private static final List<String> TOPICS = List.of("CSR", "upphandling", "sociala medier", "finansiering",
            "ledarskap");

    private final Random random = new Random(DemoReports.SEED + 1);

    /** {@code ids} are the company ids in {@link DemoCompanies#ALL} order. */
    List<ActivityRequest> all(List<Long> ids) {
        List<ActivityRequest> result = new ArrayList<>();
        for (int year = DemoCompanies.FIRST_YEAR; year <= DemoCompanies.LAST_YEAR; year++) {
            for (int quarter = 0; quarter < 4; quarter++) {
                String place = MEETING_PLACES.get((year + quarter) % MEETING_PLACES.size());
                result.add(activity(ActivityKind.NETWORK_MEETING, "Demo: Nätverksträff " + year + ":" + (quarter + 1),
                        LocalDate.of(year, 3 * quarter + 2, 10), place, ids));
            }
            result.add(activity(ActivityKind.TRAINING, "Demo: Utbildning i offentlig upphandling",
                    LocalDate.of(year, 4, 20), "2081", ids));
            result.add(activity(ActivityKind.TRAINING, "Demo: Utbildning i ledarskap", LocalDate.of(year, 10, 5),
                    "2080", ids));
            if (year % 2 == 1) {
                result.add(activity(ActivityKind.CONFERENCE, "Demo: Länskonferens om socialt företagande",
                        LocalDate.of(year, 9, 15), "2062", ids));
            }
        }
        return result;
    }

    private ActivityRequest activity(ActivityKind kind, String title, LocalDate date, String municipality,
            List<Long> ids) {
        List<Long> attending = new ArrayList<>();
        for (int i = 0; i < DemoCompanies.ALL.size(); i++) {
            DemoCompany c = DemoCompanies.ALL.get(i);
            if (c.municipality().equals(municipality) && c.firstYear() <= date.getYear()
                    && c.lastYear() >= date.getYear()) {
                attending.add(ids.get(i));
            }
        }
        Participants participants = new Participants(6 + random.nextInt(8), 4 + random.nextInt(6),
                random.nextInt(4) == 0 ? 1 : 0);
        String topic = TOPICS.get(random.nextInt(TOPICS.size()));
        return new ActivityRequest(kind, title, date, municipality, List.of(topic), attending, participants,
                "Fictional demo activity.", null);
    }
}
