package org.borderedi.gateway.targeting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.borderedi.gateway.model.Equipment;
import org.borderedi.gateway.model.Schemes;
import org.borderedi.gateway.model.Seal;
import org.borderedi.gateway.model.Text;

/**
 * Rule 5, tamper evidence ("cleared once, accepted twice"): remembers the seals of containers the engine released at a
 * perimeter port, and holds a land-border arrival of such a container whose seals are not the same set.
 */
final class PerimeterSeals implements TargetingRule {

    private final PerimeterSettings settings;
    private final SealRecord record;
    private final Clock clock;

    PerimeterSeals(PerimeterSettings settings, SealRecord record, Clock clock) {
        this.settings = settings;
        this.record = record;
        this.clock = clock;
    }

    @Override
    public String code() {
        return settings.wording().code();
    }

    /** A land-border shipment's containers against their perimeter release. */
    @Override
    public Optional<RuleHit> assess(Shipment shipment) {
        if (!settings.landBorderModes().contains(shipment.mode())) {
            return Optional.empty();
        }
        Instant oldest = clock.instant().minus(settings.maxTransit());
        List<String> mismatches = new ArrayList<>();
        for (Equipment container : containers(shipment)) {
            Set<String> arriving = sealKeys(sealNumbers(container));
            record.releasedAt(container.id().value())
                    .filter(release -> !release.releasedAt().isBefore(oldest))
                    .filter(release -> !release.seals().equals(arriving))
                    .ifPresent(release -> mismatches.add("container " + container.id().value() + " was released at "
                            + release.port() + " under seals " + listed(release.seals()) + " and arrives under "
                            + (arriving.isEmpty() ? "no seal" : "seals " + listed(arriving))));
        }
        return mismatches.isEmpty() ? Optional.empty()
                : settings.wording().hit(shipment, String.join("; ", mismatches));
    }

    /** Records the seals of a shipment the engine has released, when it is a perimeter shipment at a perimeter port. */
    void released(Shipment shipment) {
        if (!settings.perimeterModes().contains(shipment.mode())) {
            return;
        }
        perimeterPort(shipment).ifPresent(port -> containers(shipment)
                .forEach(container -> record.released(container.id().value(), sealNumbers(container), port)));
    }

    /** The perimeter port the shipment arrives at, if any: a place in one of the configured roles. */
    Optional<String> perimeterPort(Shipment shipment) {
        return shipment.places()
                .filter(place -> settings.placeRoles().contains(place.role()) && place.location() != null)
                .map(place -> place.location().value().strip().toUpperCase(Locale.ROOT))
                .filter(settings.ports()::contains)
                .findFirst();
    }

    /** A container number as the record keys it: upper case, without spaces and hyphens (ISO 6346 as printed). */
    static String containerKey(String number) {
        return number.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** Seal numbers as compared: upper case, without spaces; blank ones dropped. */
    static Set<String> sealKeys(Collection<String> seals) {
        return seals.stream().map(s -> s.replaceAll("\\s", "").toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Equipment> containers(Shipment shipment) {
        return shipment.equipment().stream()
                .filter(e -> e.id() != null && Schemes.CONTAINER.equals(e.id().scheme()) && e.id().value() != null)
                .toList();
    }

    private static Set<String> sealNumbers(Equipment container) {
        return container.seals().stream().map(Seal::number).filter(Objects::nonNull).map(Text::value)
                .collect(Collectors.toSet());
    }

    private static String listed(Set<String> seals) {
        return String.join(", ", new TreeSet<>(seals));
    }
}
