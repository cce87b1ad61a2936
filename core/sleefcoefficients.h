#pragma once

// The constants of SLEEF 3.5's expf/exp and logf/log (u10), as its builds for
// FMA machines use them, in one place for core::sleefExp/sleefLog (scalar, the
// teaching path) and the fast kernels' packet e^x. Polynomials list the highest
// coefficient first.

namespace core::sleef {

/// e^x = 2^q · e^s, q = rint(x · log₂e), s = x − q·ln 2 with ln 2 in two parts.
inline constexpr float expfLog2e = 1.442695040888963407359924681001892137426645954152985934135449406931f;
inline constexpr float expfLn2High = 0.693145751953125f;
inline constexpr float expfLn2Low = 1.428606765330187045e-06f;
/// u by Horner's scheme in s, then e^s = 1 + (s²·u + s).
inline constexpr float expfPolynomial[6] = {0.000198527617612853646278381f, 0.00139304355252534151077271f,
                                            0.00833336077630519866943359f,  0.0416664853692054748535156f,
                                            0.166666671633720397949219f,    0.5f};
/// Below this (−inf included) e^x is 0.
inline constexpr float expfZeroBelow = -104.0f;

inline constexpr double expLog2e = 1.442695040888963407359924681001892137426645954152985934135449406931;
inline constexpr double expLn2High = .69314718055966295651160180568695068359375;
inline constexpr double expLn2Low = .28235290563031577122588448175013436025525412068e-12;
/// SLEEF's POLY10 (Estrin's scheme on s, s², s⁴, s⁸), then u·s + 0.5, u·s + 1, u·s + 1.
inline constexpr double expPolynomial[10] = {+0.2081276378237164457e-8, +0.2511210703042288022e-7,
                                             +0.2755762628169491192e-6, +0.2755723402025388239e-5,
                                             +0.2480158687479686264e-4, +0.1984126989855865850e-3,
                                             +0.1388888888914497797e-2, +0.8333333333314938210e-2,
                                             +0.4166666666666602598e-1, +0.1666666666666669072e+0};
inline constexpr double expZeroBelow = -1000.0;

/// log x = e·ln 2 + 2·atanh(y), ln 2 in two parts.
inline constexpr float logfLn2High = 0.69314718246459960938f;
inline constexpr float logfLn2Low = -1.904654323148236017e-09f;
/// The atanh series past its first term, by Horner's scheme in y².
inline constexpr float logfPolynomial[3] = {+0.3027294874e+0f, +0.3996108174e+0f, +0.6666694880e+0f};

inline constexpr double logLn2High = 0.693147180559945286226764;
inline constexpr double logLn2Low = 2.319046813846299558417771e-17;
/// SLEEF's POLY7 (Estrin's scheme on y², y⁴, y⁸).
inline constexpr double logPolynomial[7] = {0.1532076988502701353e+0, 0.1525629051003428716e+0,
                                            0.1818605932937785996e+0, 0.2222214519839380009e+0,
                                            0.2857142932794299317e+0, 0.3999999999635251990e+0,
                                            0.6666666666667333541e+0};

} // namespace core::sleef
