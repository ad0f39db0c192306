import type { components } from './schema.gen';
import { API_BASE, api, seg } from './client';
import { orgPath } from './organisations';
import { programPath } from './programs';

type Schemas = components['schemas'];

export type ProgramNorms = Schemas['ProgramNorms'];
export type ProgramNormsInput = Schemas['ProgramNormsInput'];
export type AgreementVersion = Schemas['AgreementVersion'];
export type ProgramAgreement = Schemas['ProgramAgreement'];
export type RelationshipAgreement = Schemas['RelationshipAgreement'];
export type AgreementParty = Schemas['AgreementParty'];
export type GuardianAgreement = Schemas['GuardianAgreement'];

/** Members: a program's norms and its agreement versions, newest first. */
export const getProgramAgreement = (org: string, program: string) =>
  api.get<ProgramAgreement>(`${programPath(org, program)}/agreement`);

/** org_admin, coordinator: replace the program's norms. */
export const saveProgramNorms = (org: string, program: string, input: ProgramNormsInput) =>
  api.put<ProgramNorms>(`${programPath(org, program)}/norms`, input);

/** org_admin, coordinator: publish the next version (active pairs are asked to accept it again). */
export const publishAgreement = (org: string, program: string, text: string) =>
  api.post<AgreementVersion>(`${programPath(org, program)}/agreement/versions`, { text });

const relationshipAgreementPath = (org: string, id: string) => `${orgPath(org)}/relationships/${seg(id)}/agreement`;

/** The pair and their staff: the relationship's agreement and who has accepted it. */
export const getRelationshipAgreement = (org: string, id: string) =>
  api.get<RelationshipAgreement>(relationshipAgreementPath(org, id));

/** The mentee or the mentor accepts `version` for their own side. */
export const acceptAgreement = (org: string, id: string, version: number) =>
  api.post<RelationshipAgreement>(`${relationshipAgreementPath(org, id)}/accept`, { version });

/** org_admin, coordinator: email the guardian's link again. */
export const sendGuardianLink = (org: string, id: string) =>
  api.post<RelationshipAgreement>(`${relationshipAgreementPath(org, id)}/guardian-link`);

/** Anyone with the guardian's link: the agreement it is for. */
export const getGuardianAgreement = (token: string) => api.get<GuardianAgreement>(`${API_BASE}/agreement-links/${seg(token)}`);

/** Anyone with the guardian's link: accept it. */
export const acceptGuardianAgreement = (token: string) =>
  api.post<GuardianAgreement>(`${API_BASE}/agreement-links/${seg(token)}/accept`);
