package org.borderedi.gateway.targeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.borderedi.gateway.model.GoodsLine;
import org.borderedi.gateway.model.Party;
import org.borderedi.gateway.model.PartyRole;

/**
 * Rule 4, high-risk goods: a goods line whose HS code starts with a listed chapter, heading or subheading, or whose
 * origin is a listed country, calls for an examination. When no goods line states an origin, the shipper's country
 * stands for it.
 */
final class HighRiskGoods implements TargetingRule {

    private final RuleWording wording;
    private final Map<String, String> hsPrefixes;
    private final Map<String, String> origins;

    /**
     * @param hsPrefixes HS prefixes (digits only) with the reason each is listed
     * @param origins    ISO 3166 alpha-2 countries (upper case) with the reason each is listed
     */
    HighRiskGoods(RuleWording wording, Map<String, String> hsPrefixes, Map<String, String> origins) {
        this.wording = wording;
        this.hsPrefixes = Map.copyOf(hsPrefixes);
        this.origins = Map.copyOf(origins);
    }

    @Override
    public String code() {
        return wording.code();
    }

    @Override
    public Optional<RuleHit> assess(Shipment shipment) {
        List<String> found = new ArrayList<>();
        List<GoodsLine> goods = shipment.consignment().goods();
        for (int i = 0; i < goods.size(); i++) {
            GoodsLine line = goods.get(i);
            int position = i + 1;
            if (line.hsCode() != null && line.hsCode().value() != null) {
                String hs = hsDigits(line.hsCode().value());
                hsPrefixes.entrySet().stream().filter(e -> hs.startsWith(e.getKey()))
                        .max(Comparator.comparingInt(e -> e.getKey().length()))
                        .ifPresent(e -> found.add("goods line " + position + " is HS "
                                + line.hsCode().value() + " (" + e.getKey() + ", " + e.getValue() + ")"));
            }
            if (line.origin() != null) {
                String reason = origins.get(country(line.origin().value()));
                if (reason != null) {
                    found.add("goods line " + position + " originates in " + line.origin().value() + " (" + reason + ")");
                }
            }
        }
        if (goods.stream().noneMatch(line -> line.origin() != null)) {
            shipperCountry(shipment).filter(origins::containsKey)
                    .ifPresent(c -> found.add("the shipper is in " + c + " (" + origins.get(c) + ")"));
        }
        return found.isEmpty() ? Optional.empty() : wording.hit(shipment, String.join("; ", found));
    }

    /** An HS code as the list compares it: its digits only ("8517.13" -> "851713"). */
    static String hsDigits(String code) {
        return code.replaceAll("[^0-9]", "");
    }

    static String country(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    private static Optional<String> shipperCountry(Shipment shipment) {
        Party shipper = shipment.consignment().party(PartyRole.SHIPPER);
        if (shipper == null || shipper.address() == null || shipper.address().country() == null) {
            return Optional.empty();
        }
        return Optional.of(country(shipper.address().country().value()));
    }
}
