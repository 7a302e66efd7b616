// Every endpoint of the API, in the order the documentation lists them. The route files under
// app/api/v1 export `apiRoute(<endpoint>)`; the OpenAPI document is generated from this list.
import type { Endpoint } from "@/lib/api/route";
import { assignHandledareEndpoint, getParticipant, listHandledareOptions, listNewParticipantsEndpoint, listParticipants } from "./participants";
import { listEventsEndpoint } from "./events";
import {
  getPeriodicReportMonth, listParticipantReports, listPeriodicReports, listPlannings, submitParticipantReportEndpoint, submitPeriodicCorrection,
  submitPeriodicReportEndpoint, submitPlanningEndpoint,
} from "./reporting";
import { getOrderEndpoint, getOrderXmlEndpoint, listOrdersEndpoint } from "./orders";

export const endpoints = {
  listParticipants,
  getParticipant,
  listNewParticipants: listNewParticipantsEndpoint,
  listHandledareOptions,
  assignHandledare: assignHandledareEndpoint,
  listEvents: listEventsEndpoint,
  listPlannings,
  submitPlanning: submitPlanningEndpoint,
  listPeriodicReports,
  getPeriodicReportMonth,
  submitPeriodicReport: submitPeriodicReportEndpoint,
  submitPeriodicReportCorrection: submitPeriodicCorrection,
  listParticipantReports,
  submitParticipantReport: submitParticipantReportEndpoint,
  listOrders: listOrdersEndpoint,
  getOrder: getOrderEndpoint,
  getOrderXml: getOrderXmlEndpoint,
};

export const allEndpoints = Object.values(endpoints) as unknown as Endpoint[];
