package org.communique.notifier.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The notifier's features depend on each other in one direction only: the subscription model and the
 * alerts below, the delivery engine above them, the channels (webhooks, email, streams, feeds) above
 * that, the HTTP API on top. A cycle between feature packages, or a lower one reaching up, fails here.
 */
class PackageDependenciesTest {

    private static JavaClasses notifier;

    @BeforeAll
    static void importClasses() {
        notifier = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.communique.notifier");
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("org.communique.notifier.(**)").should().beFreeOfCycles().check(notifier);
    }

    @Test
    void theDeliveryEngineKnowsNoChannel() {
        noClasses().that().resideInAPackage("org.communique.notifier.delivery..")
                .should().dependOnClassesThat().resideInAnyPackage("org.communique.notifier.webhooks..",
                        "org.communique.notifier.email..", "org.communique.notifier.streams..",
                        "org.communique.notifier.feeds..", "org.communique.notifier.subscriptions.api..")
                .check(notifier);
    }

    @Test
    void theSubscriptionModelKnowsNoChannelAndNoApi() {
        noClasses().that().resideInAPackage("org.communique.notifier.subscriptions")
                .should().dependOnClassesThat().resideInAnyPackage("org.communique.notifier.delivery..",
                        "org.communique.notifier.webhooks..", "org.communique.notifier.email..",
                        "org.communique.notifier.streams..", "org.communique.notifier.feeds..",
                        "org.communique.notifier.subscriptions.api..")
                .check(notifier);
    }
}
