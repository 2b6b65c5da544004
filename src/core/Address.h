// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::core {

// One problem found by Address::validate().
struct AddressProblem
{
    enum class Kind {
        Missing, // a field required for this country is absent or blank
        Invalid, // the field is present but malformed (wrong code, postal code pattern, e-mail shape)
    };

    QString field; // wire field name: "country", "postalCode", "state", "email", ...
    Kind kind = Kind::Missing;

    friend bool operator==(const AddressProblem &, const AddressProblem &) = default;
};

// commercetools BaseAddress (api.yaml BaseAddress). Only `country` is required on the wire.
struct Address
{
    std::optional<QString> id;
    std::optional<QString> key;
    QString country; // ISO 3166-1 alpha-2, upper case
    std::optional<QString> title;
    std::optional<QString> salutation;
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QString> streetName;
    std::optional<QString> streetNumber;
    std::optional<QString> additionalStreetInfo;
    std::optional<QString> postalCode;
    std::optional<QString> city;
    std::optional<QString> region;
    std::optional<QString> state;
    std::optional<QString> company;
    std::optional<QString> department;
    std::optional<QString> building;
    std::optional<QString> apartment;
    std::optional<QString> pOBox;
    std::optional<QString> phone;
    std::optional<QString> mobile;
    std::optional<QString> email;
    std::optional<QString> fax;
    std::optional<QString> additionalAddressInfo;
    std::optional<QString> externalId;

    // Pure check, empty list = valid. Rules:
    //  - country: Missing when blank; Invalid unless two upper-case letters naming an ISO 3166-1 territory.
    //  - postalCode: required and pattern-checked for DE, AT, CH, FR, NL, GB, US, CA, IT, ES, BE, DK, PL, SE;
    //    other countries: not checked.
    //  - state: US requires a USPS state/territory code ("CA"), CA a province code ("ON").
    //  - email: Invalid when present and not of the shape local@domain.tld.
    // Problems come in field order country, postalCode, state, email.
    QList<AddressProblem> validate() const;
    bool isValid() const { return validate().isEmpty(); }

    friend bool operator==(const Address &, const Address &) = default;
};

} // namespace commercedesk::core
