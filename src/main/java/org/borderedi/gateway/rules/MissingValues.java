package org.borderedi.gateway.rules;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.borderedi.gateway.model.Address;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.ConsignmentRole;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Measure;
import org.borderedi.gateway.model.Party;
import org.borderedi.gateway.model.PartyRole;
import org.borderedi.gateway.model.Source;
import org.borderedi.gateway.model.Text;

/** The gap finders of the required-value tables: each says which value of a bill is missing, and what is nearest. */
final class MissingValues {

    private MissingValues() {
    }

    /** The party in this role is absent. */
    static Function<Consignment, Optional<Spot>> party(PartyRole role) {
        return bill -> bill.party(role) != null ? Optional.empty()
                : Optional.of(Spot.missing(bill, "parties[" + role + "]", words(role), Bills.numberSource(bill)));
    }

    /** The party in this role is absent or has no name. */
    static Function<Consignment, Optional<Spot>> partyName(PartyRole role) {
        return bill -> {
            Party party = bill.party(role);
            if (party != null && given(party.name())) {
                return Optional.empty();
            }
            return Optional.of(Spot.missing(bill, "parties[" + role + "].name", words(role) + " name", near(bill, party)));
        };
    }

    /** The party in this role is absent or its address lacks a street, a city, or both. */
    static Function<Consignment, Optional<Spot>> partyAddress(PartyRole role) {
        return bill -> {
            Party party = bill.party(role);
            Address address = party == null ? null : party.address();
            boolean street = address != null && address.street().stream().anyMatch(MissingValues::given);
            boolean city = address != null && given(address.city());
            if (street && city) {
                return Optional.empty();
            }
            String field = "parties[" + role + "].address";
            String words = words(role);
            if (street) {
                return Optional.of(Spot.missing(bill, field + ".city", words + " city",
                        first(source(address.street().get(0)), near(bill, party))));
            }
            if (city) {
                return Optional.of(Spot.missing(bill, field + ".street", words + " street",
                        first(source(address.city()), near(bill, party))));
            }
            return Optional.of(Spot.missing(bill, field, words + " address", near(bill, party)));
        };
    }

    /** The party in this role is absent or its address has no country. */
    static Function<Consignment, Optional<Spot>> partyCountry(PartyRole role) {
        return bill -> {
            Party party = bill.party(role);
            Address address = party == null ? null : party.address();
            if (address != null && given(address.country())) {
                return Optional.empty();
            }
            Source nearest = address == null ? near(bill, party)
                    : first(source(address.postalCode()), source(address.city()), near(bill, party));
            return Optional.of(Spot.missing(bill, "parties[" + role + "].address.country", words(role) + " country",
                    nearest));
        };
    }

    /** A house has no house waybill number; other bills are not asked. */
    static Function<Consignment, Optional<Spot>> houseNumber() {
        return bill -> bill.role() != ConsignmentRole.HOUSE || Bills.houseNumber(bill) != null ? Optional.empty()
                : Optional.of(Spot.missing(bill, "references[HAWB]", "house waybill number",
                        first(source(bill.parentReference()), Bills.numberSource(bill))));
    }

    /** The bill declares no total gross weight. */
    static Function<Consignment, Optional<Spot>> grossWeight() {
        return bill -> given(bill.totals().grossWeight()) ? Optional.empty()
                : Optional.of(Spot.missing(bill, "totals.grossWeight", "total gross weight",
                        first(source(bill.totals().pieces()), Bills.numberSource(bill))));
    }

    /** The bill declares no total number of pieces. */
    static Function<Consignment, Optional<Spot>> pieces() {
        return bill -> given(bill.totals().pieces()) ? Optional.empty()
                : Optional.of(Spot.missing(bill, "totals.pieces", "total number of pieces",
                        first(source(bill.totals().grossWeight()), Bills.numberSource(bill))));
    }

    /** No goods line of the bill describes the cargo. */
    static Function<Consignment, Optional<Spot>> cargoDescription() {
        return bill -> {
            if (bill.goods().stream().anyMatch(line -> given(line.description()))) {
                return Optional.empty();
            }
            Source nearest = bill.goods().stream().map(line -> first(source(line.sequence()), source(line.pieces())))
                    .filter(s -> s != null).findFirst().orElse(Bills.numberSource(bill));
            return Optional.of(Spot.missing(bill, "goods.description", "cargo description", nearest));
        };
    }

    static boolean given(Text text) {
        return text != null && !text.value().isBlank();
    }

    static boolean given(Measure measure) {
        return measure != null && !Bills.isBlank(measure.amount());
    }

    private static String words(PartyRole role) {
        return role.name().toLowerCase();
    }

    private static Source near(Consignment bill, Party party) {
        return party == null ? Bills.numberSource(bill) : first(source(party.name()), source(party.nativeRole()),
                Bills.numberSource(bill));
    }

    private static Source source(Text text) {
        return text == null ? null : text.source();
    }

    private static Source source(Measure measure) {
        return measure == null ? null : measure.source();
    }

    private static Source source(Identifier identifier) {
        return identifier == null ? null : identifier.source();
    }

    private static Source first(Source... sources) {
        return Stream.of(sources).filter(s -> s != null).findFirst().orElse(null);
    }
}
