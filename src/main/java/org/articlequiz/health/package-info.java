/** Whether this server node is alive and ready for requests: what a load balancer's health checks ask (issue 12). */
package org.articlequiz.health;
