/* Reads one iCalendar file with libical, applies libical's RFC 5546 restriction tables
 * (icalrestriction_check) and prints what libical understood, one line per component:
 *   EVENT|TODO <tab> UID <tab> start <tab> end-or-due
 * (instants as Unix seconds, dates as D:YYYYMMDD, "-" when absent), then one line
 *   ERROR <tab> component <tab> message
 * per X-LIC-ERROR property libical attached. Exit 0 when clean, 1 on errors, 2 when the
 * file cannot be read or parsed. */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>

static void print_time(struct icaltimetype t) {
    if (icaltime_is_null_time(t)) {
        printf("-");
    } else if (t.is_date) {
        printf("D:%04d%02d%02d", t.year, t.month, t.day);
    } else {
        printf("%lld", (long long)icaltime_as_timet_with_zone(t, t.zone));
    }
}

static int report_errors(icalcomponent *comp) {
    int errors = 0;
    for (icalproperty *p = icalcomponent_get_first_property(comp, ICAL_XLICERROR_PROPERTY);
         p != NULL; p = icalcomponent_get_next_property(comp, ICAL_XLICERROR_PROPERTY)) {
        printf("ERROR\t%s\t%s\n", icalcomponent_kind_to_string(icalcomponent_isa(comp)),
               icalproperty_get_xlicerror(p));
        errors++;
    }
    for (icalcomponent *c = icalcomponent_get_first_component(comp, ICAL_ANY_COMPONENT);
         c != NULL; c = icalcomponent_get_next_component(comp, ICAL_ANY_COMPONENT)) {
        errors += report_errors(c);
    }
    return errors;
}

static void report_items(icalcomponent *root, icalcomponent_kind kind, const char *label) {
    for (icalcomponent *c = icalcomponent_get_first_component(root, kind); c != NULL;
         c = icalcomponent_get_next_component(root, kind)) {
        const char *uid = icalcomponent_get_uid(c);
        printf("%s\t%s\t", label, uid ? uid : "-");
        print_time(icalcomponent_get_dtstart(c));
        printf("\t");
        print_time(kind == ICAL_VTODO_COMPONENT ? icalcomponent_get_due(c)
                                                : icalcomponent_get_dtend(c));
        printf("\n");
    }
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE.ics\n", argv[0]);
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (f == NULL) {
        perror(argv[1]);
        return 2;
    }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    rewind(f);
    char *text = malloc((size_t)size + 1);
    if (text == NULL || fread(text, 1, (size_t)size, f) != (size_t)size) {
        fprintf(stderr, "cannot read %s\n", argv[1]);
        return 2;
    }
    text[size] = '\0';
    fclose(f);
    icalcomponent *root = icalparser_parse_string(text);
    free(text);
    if (root == NULL || icalcomponent_isa(root) != ICAL_VCALENDAR_COMPONENT) {
        printf("ERROR\tVCALENDAR\tlibical found no calendar in the file\n");
        return 2;
    }
    icalrestriction_check(root);
    report_items(root, ICAL_VEVENT_COMPONENT, "EVENT");
    report_items(root, ICAL_VTODO_COMPONENT, "TODO");
    int errors = report_errors(root);
    icalcomponent_free(root);
    return errors ? 1 : 0;
}
