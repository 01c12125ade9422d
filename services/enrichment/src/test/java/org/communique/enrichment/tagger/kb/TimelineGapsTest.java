package org.communique.enrichment.tagger.kb;

import org.communique.enrichment.tagger.entities.OfficeIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: the gaps in the timelines of heads of state, heads of government and foreign ministers that the data
 * now fill. Each seat is a day inside a former gap and the person who held the office that day, so that losing a
 * record (or a term of it) fails here, not only as a gap in {@link OfficeTimelinesTest}.
 */
class TimelineGapsTest {

    private static OfficeIndex offices;

    @BeforeAll
    static void read() {
        offices = new OfficeIndex(KbDataFiles.fromClasspath());
    }

    @ParameterizedTest(name = "{1} {0} on {2}: {3}")
    @CsvSource({
            // the G20 members before 2010
            "prime_minister,   CA, 1999-06-01, jean-chretien",
            "prime_minister,   CA, 2005-01-10, paul-martin",
            "foreign_minister, CA, 1998-03-01, lloyd-axworthy",
            "foreign_minister, CA, 2003-05-01, bill-graham",
            "foreign_minister, CA, 2008-08-01, david-emerson",
            "prime_minister,   AU, 2001-09-11, john-howard",
            "foreign_minister, AU, 2004-06-01, alexander-downer",
            "president,        AR, 1997-05-01, carlos-menem",
            "president,        AR, 2002-06-01, eduardo-duhalde",
            "foreign_minister, AR, 2004-01-01, rafael-bielsa",
            "president,        MX, 2003-01-01, vicente-fox",
            "foreign_minister, MX, 1999-01-01, rosario-green",
            "president,        ZA, 1997-01-01, nelson-mandela",
            "president,        ZA, 2004-01-01, thabo-mbeki",
            "foreign_minister, ZA, 2005-01-01, nkosazana-dlamini-zuma",
            // foreign ministers whose dates were missing
            "foreign_minister, KR, 1996-01-01, gong-ro-myung",
            "foreign_minister, KR, 1997-06-01, yoo-chong-ha",
            "foreign_minister, IL, 1996-01-01, ehud-barak",
            "foreign_minister, IL, 1997-01-01, david-levy",
            "foreign_minister, IL, 1999-01-01, ariel-sharon",
            "foreign_minister, IL, 2000-01-01, david-levy",
            // states with no records before
            "president,        CZ, 2000-01-01, vaclav-havel",
            "president,        CZ, 2010-01-01, vaclav-klaus",
            "prime_minister,   CZ, 2000-01-01, milos-zeman",
            "prime_minister,   CZ, 2019-01-01, andrej-babis",
            "foreign_minister, CZ, 2012-01-01, karel-schwarzenberg",
            "foreign_minister, CZ, 2018-08-01, jan-hamacek",
            "president,        EE, 1998-01-01, lennart-meri",
            "president,        EE, 2010-01-01, toomas-hendrik-ilves",
            "prime_minister,   EE, 2010-01-01, andrus-ansip",
            "foreign_minister, EE, 2000-01-01, toomas-hendrik-ilves",
            "foreign_minister, EE, 2010-01-01, urmas-paet",
            "president,        LT, 2006-01-01, valdas-adamkus",
            "prime_minister,   LT, 2010-01-01, andrius-kubilius",
            "foreign_minister, LT, 2015-01-01, linas-linkevicius",
            "president,        LV, 2005-01-01, vaira-vike-freiberga",
            "prime_minister,   LV, 2001-01-01, andris-berzins-1951",
            "president,        LV, 2013-01-01, andris-berzins-1944",
            "prime_minister,   LV, 2012-01-01, valdis-dombrovskis",
            "foreign_minister, LV, 2015-01-01, edgars-rinkevics",
            "president,        MD, 2005-01-01, vladimir-voronin",
            "president,        MD, 2022-01-01, maia-sandu",
            "prime_minister,   MD, 2005-01-01, vasile-tarlev",
            "prime_minister,   MD, 2017-01-01, pavel-filip",
            "foreign_minister, MD, 2014-01-01, natalia-gherman",
            "foreign_minister, MD, 2022-01-01, nicu-popescu",
            "head_of_state,    KP, 2005-01-01, kim-jong-il",
            "head_of_state,    KP, 2018-01-01, kim-jong-un",
            "foreign_minister, KP, 2018-01-01, ri-yong-ho",
            "foreign_minister, KP, 2023-01-01, choe-son-hui",
            "president,        SK, 2010-01-01, ivan-gasparovic",
            "prime_minister,   SK, 2002-01-01, mikulas-dzurinda",
            "prime_minister,   SK, 2016-01-01, robert-fico",
            "foreign_minister, SK, 2016-01-01, miroslav-lajcak",
            "president,        RO, 2010-01-01, traian-basescu",
            "president,        RO, 2020-01-01, klaus-iohannis",
            "prime_minister,   RO, 2002-01-01, adrian-nastase",
            "prime_minister,   RO, 2022-01-01, nicolae-ciuca",
            "foreign_minister, RO, 2002-01-01, mircea-geoana",
            "foreign_minister, RO, 2021-01-01, bogdan-aurescu",
            "president,        GR, 2000-01-01, kostis-stephanopoulos",
            "prime_minister,   GR, 2000-01-01, costas-simitis",
            "prime_minister,   GR, 2017-01-01, alexis-tsipras",
            "foreign_minister, GR, 2010-01-01, george-papandreou",
            "foreign_minister, GR, 2021-01-01, nikos-dendias",
            "president,        BG, 2008-01-01, georgi-parvanov",
            "president,        BG, 2020-01-01, rumen-radev",
            // the Gulf, South-East Asia, Mongolia, Pakistan's caretakers, Spain
            "prime_minister,   KW, 2015-01-01, jaber-al-mubarak-al-sabah",
            "prime_minister,   KW, 2021-01-01, sabah-al-khalid-al-sabah",
            "foreign_minister, KW, 2008-01-01, mohammad-sabah-al-salem-al-sabah",
            "foreign_minister, KW, 2015-01-01, sabah-al-khalid-al-sabah",
            "foreign_minister, AE, 2000-01-01, rashid-abdullah-al-nuaimi",
            "foreign_minister, VN, 1997-01-01, nguyen-manh-cam",
            "foreign_minister, VN, 2004-01-01, nguyen-dy-nien",
            "foreign_minister, TH, 1999-01-01, surin-pitsuwan",
            "foreign_minister, TH, 2003-01-01, surakiart-sathirathai",
            "foreign_minister, TH, 2013-01-01, surapong-tovichakchaikul",
            "foreign_minister, TH, 2025-01-01, maris-sangiampongsa",
            "foreign_minister, MN, 2020-10-01, nyamtseren-enkhtaivan",
            "foreign_minister, PK, 1997-01-01, sahabzada-yaqub-khan",
            "foreign_minister, PK, 2008-01-01, inam-ul-haq",
            "foreign_minister, PK, 2018-07-01, abdullah-hussain-haroon",
            "foreign_minister, ES, 1995-06-01, javier-solana",
    })
    void theOfficeHadAHolderOnADayOfAFormerGap(String office, String country, String day, String expected) {
        assertThat(offices.holder(country, Office.of(office), LocalDate.parse(day)))
                .as("%s %s on %s", country, office, day)
                .hasValueSatisfying(p -> assertThat(p.id()).isEqualTo(expected));
    }
}
