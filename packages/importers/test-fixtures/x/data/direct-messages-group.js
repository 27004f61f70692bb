window.YTD.direct_messages_group.part0 = [
  {
    "dmConversation": {
      "conversationId": "1500000000000000000",
      "messages": [
        {
          "messageCreate": {
            "reactions": [],
            "urls": [],
            "text": "Who is covering Friday?",
            "mediaUrls": [],
            "senderId": "4004",
            "id": "9100000000000000001",
            "createdAt": "2019-04-01T09:00:00.000Z"
          }
        },
        {
          "joinConversation": {
            "initiatingUserId": "4004",
            "participantsSnapshot": [
              "1001",
              "4004",
              "5005"
            ],
            "createdAt": "2019-04-01T08:59:00.000Z"
          }
        }
      ]
    }
  }
]