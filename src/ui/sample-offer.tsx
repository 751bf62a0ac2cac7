// Where the offline sample can be opened from, shared with every notice that may offer it (an
// API out of reach, the browser offline). The app provides it; null where the sample would not
// help, such as in the sample itself.
import { createContext, use, type ReactNode } from 'react';

type OpenSample = () => void;

const SampleOfferContext = createContext<OpenSample | null>(null);

interface SampleOfferProviderProps {
  /** Opens the offline sample; null to offer it nowhere. */
  readonly value: OpenSample | null;
  readonly children: ReactNode;
}

export function SampleOfferProvider({ value, children }: SampleOfferProviderProps) {
  return <SampleOfferContext value={value}>{children}</SampleOfferContext>;
}

/** How to open the offline sample, or null when it is not on offer (also outside a provider). */
export function useSampleOffer(): OpenSample | null {
  return use(SampleOfferContext);
}
