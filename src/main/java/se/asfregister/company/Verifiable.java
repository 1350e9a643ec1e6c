package se.asfregister.company;

/** A record of the directory that carries a {@link Verification} (companies, offerings). */
public interface Verifiable {

    Verification verification();
}
